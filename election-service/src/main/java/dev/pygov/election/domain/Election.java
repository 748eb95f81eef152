package dev.pygov.election.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One council election: its phase, deadlines (UTC), officer, rulebook version and, once counted, its published files. */
@Entity
@Table(name = "election")
public class Election extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ElectionKind kind;

    /** The cohort filled by a cohort election or by-election; null for the whole council. */
    public String cohort;

    @Column(nullable = false)
    public int seats;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Phase phase;

    @Column(name = "rulebook_version", nullable = false)
    public int rulebookVersion;

    @Column(name = "returning_officer_id", nullable = false)
    public String returningOfficerId;

    @Column(name = "appointed_by", nullable = false)
    public String appointedBy;

    @Column(name = "nominations_open_at")
    public Instant nominationsOpenAt;

    @Column(name = "nominations_close_at")
    public Instant nominationsCloseAt;

    @Column(name = "voting_close_at")
    public Instant votingCloseAt;

    /** SHA-256 of the draw seed, published when voting opens. */
    @Column(name = "seed_commitment")
    public String seedCommitment;

    /** The draw seed (hex); secret until a draw reveals it. */
    public String seed;

    @Column(name = "seed_revealed", nullable = false)
    public boolean seedRevealed;

    /** The tally final step of the count that stands: none, order:... (agreement) or seed:... (draw). */
    @Column(name = "final_step", nullable = false)
    public String finalStep = "none";

    @Column(name = "electorate_size")
    public Integer electorateSize;

    @Column(name = "ballots_cast")
    public Integer ballotsCast;

    @Column(name = "tie_json", columnDefinition = "text")
    public String tieJson;

    /** While a tie is pending: until when the tied candidates may agree before the officer may draw (0524). */
    @Column(name = "tie_agreement_until")
    public Instant tieAgreementUntil;

    @Column(name = "result_json", columnDefinition = "text")
    public String resultJson;

    @Column(name = "report_text", columnDefinition = "text")
    public String reportText;

    @Column(name = "ballots_csv", columnDefinition = "text")
    public String ballotsCsv;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "certified_at")
    public Instant certifiedAt;

    public String key() {
        return id.toString();
    }

    /** When the current phase ends by itself, or null when it waits for a person (or never ends). */
    public Instant nextDeadline() {
        return switch (phase) {
            case DRAFT -> nominationsOpenAt;
            case NOMINATIONS_OPEN -> nominationsCloseAt;
            case VOTING_OPEN -> votingCloseAt;
            default -> null;
        };
    }
}
