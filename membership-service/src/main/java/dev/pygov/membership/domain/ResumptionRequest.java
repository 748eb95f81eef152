package dev.pygov.membership.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A member's written intention to resume participation, kept word for word. */
@Entity
@Table(name = "resumption_request")
public class ResumptionRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public String personId;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    public static List<ResumptionRequest> of(String personId) {
        return list("personId = ?1 ORDER BY requestedAt", personId);
    }
}
