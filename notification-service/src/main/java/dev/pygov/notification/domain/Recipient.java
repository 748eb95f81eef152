package dev.pygov.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A person as membership-service last described them: where and how to address them. */
@Entity
@Table(name = "recipient")
public class Recipient extends PanacheEntityBase {

    @Id
    @Column(name = "person_id")
    public String personId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(nullable = false)
    public String email;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
