package dev.pygov.election.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A proposed rulebook version (the whole document, canonical JSON) and where its vote stands. */
@Entity
@Table(name = "governance_change")
public class GovernanceChange extends PanacheEntityBase {

    /** Waiting for a second (only when the rulebook's secondingDays is above 0). */
    public static final String CALLED = "called";
    public static final String VOTING = "voting";
    public static final String ADOPTED = "adopted";
    public static final String REJECTED = "rejected";
    public static final String LAPSED = "lapsed";
    /** Passed, but another version was adopted meanwhile: this one no longer follows the version in force. */
    public static final String SUPERSEDED = "superseded";

    @Id
    public UUID id;

    @Column(nullable = false)
    public int version;

    /** The version in force when it was proposed: the diff is taken against it, and adoption requires it still in force. */
    @Column(name = "base_version", nullable = false)
    public int baseVersion;

    @Column(name = "rulebook_json", nullable = false, columnDefinition = "text")
    public String rulebookJson;

    @Column(columnDefinition = "text")
    public String summary;

    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;

    @Column(nullable = false)
    public String status;

    @Column(name = "call_id")
    public UUID callId;

    @Column(name = "vote_id")
    public UUID voteId;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public boolean pending() {
        return CALLED.equals(status) || VOTING.equals(status);
    }
}
