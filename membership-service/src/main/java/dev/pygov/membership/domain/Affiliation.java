package dev.pygov.membership.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A person's employment by, or significant affiliation with, an organisation, for a period. */
@Entity
@Table(name = "affiliation")
public class Affiliation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public String personId;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public LocalDate since;

    public LocalDate until;

    /** The person themselves (self-declared) or the officer who recorded it. */
    @Column(name = "declared_by", nullable = false)
    public String declaredBy;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    /** The PSF role grant this affiliation follows (decision 0410), or null for one declared or recorded by hand. */
    @Column(name = "role_assignment_id")
    public java.util.UUID roleAssignmentId;

    public static List<Affiliation> of(String personId) {
        return list("personId = ?1 ORDER BY since, id", personId);
    }
}
