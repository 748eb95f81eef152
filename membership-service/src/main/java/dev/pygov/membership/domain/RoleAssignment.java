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

    /** Who recorded the grant (an officer, an admin), or what conferred it (a seat, an election). */
    @Column(name = "granted_by", nullable = false)
    public String grantedBy;

    /** What the grant implements: the Board resolution or PSF election result, as a reference (null before V5). */
    @Column(columnDefinition = "text")
    public String authority;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** Set when the period was ended early: who recorded it, on what authority, when. */
    @Column(name = "ended_by")
    public String endedBy;

    @Column(name = "end_authority", columnDefinition = "text")
    public String endAuthority;

    @Column(name = "end_recorded_at")
    public Instant endRecordedAt;

    public boolean heldAt(Instant now) {
        return !heldFrom.isAfter(now) && (heldUntil == null || now.isBefore(heldUntil));
    }

    public static List<RoleAssignment> of(String personId) {
        return list("personId = ?1 ORDER BY heldFrom", personId);
    }
}
