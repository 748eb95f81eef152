package dev.pygov.membership.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A PSF role (director, officer, executive director) held from one instant until another, or open-ended. */
@Entity
@Table(name = "role_assignment")
public class RoleAssignment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public String personId;

    @Column(nullable = false)
    public String role;

    @Column(name = "held_from", nullable = false)
    public Instant heldFrom;

    @Column(name = "held_until")
    public Instant heldUntil;

    @Column(name = "granted_by", nullable = false)
    public String grantedBy;

    public boolean heldAt(Instant now) {
        return !heldFrom.isAfter(now) && (heldUntil == null || now.isBefore(heldUntil));
    }

    public static List<RoleAssignment> of(String personId) {
        return list("personId = ?1 ORDER BY heldFrom", personId);
    }
}
