package dev.pygov.membership.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Someone PyGov knows, keyed by their OIDC subject. The e-mail is private. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(nullable = false)
    public String email;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    public static boolean emailTaken(String email) {
        return count("lower(email) = lower(?1)", email) > 0;
    }
}
