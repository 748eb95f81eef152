package dev.pygov.election.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A rulebook version adopted by a governance-change vote; never changed afterwards. */
@Entity
@Table(name = "adopted_rulebook")
public class AdoptedRulebook extends PanacheEntityBase {

    @Id
    public int version;

    @Column(name = "rulebook_json", nullable = false, columnDefinition = "text")
    public String rulebookJson;

    @Column(name = "adopted_by_vote", nullable = false)
    public UUID adoptedByVote;

    @Column(name = "adopted_at", nullable = false)
    public Instant adoptedAt;
}
