package dev.pygov.membership.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One step of a community member's history: joined, became inactive, resumed, removed. */
@Entity
@Table(name = "community_status_entry")
public class CommunityStatusEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public String personId;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "rulebook_version", nullable = false)
    public int rulebookVersion;

    public static List<CommunityStatusEntry> historyOf(String personId) {
        return list("personId = ?1 ORDER BY at, id", personId);
    }
}
