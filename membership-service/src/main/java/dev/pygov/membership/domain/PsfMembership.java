package dev.pygov.membership.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A period in one PSF membership class. */
@Entity
@Table(name = "psf_membership")
public class PsfMembership extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public String personId;

    @Column(name = "membership_class", nullable = false)
    public String membershipClass;

    @Column(nullable = false)
    public LocalDate since;

    public LocalDate until;

    @Column(name = "recorded_at", nullable = false)
    public java.time.Instant recordedAt;

    public MembershipClass membershipClass() {
        return Wire.parse(MembershipClass.class, "membershipClass", membershipClass);
    }

    public boolean coversDay(LocalDate day) {
        return !since.isAfter(day) && (until == null || day.isBefore(until));
    }

    public static Optional<PsfMembership> latestOf(String personId) {
        return find("personId = ?1 ORDER BY since DESC, recordedAt DESC", personId).firstResultOptional();
    }
}
