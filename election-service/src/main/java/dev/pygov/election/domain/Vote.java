package dev.pygov.election.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A yes/no/abstain vote (or a poll) on a roll frozen when it opened. Open until closesAt; then decided exactly
 * once, and the result columns say why it passed or failed.
 */
@Entity
@Table(name = "vote")
public class Vote extends PanacheEntityBase {

    public static final String OPEN = "open";
    public static final String DECIDED = "decided";

    @Id
    public UUID id;

    /** Wire name of a {@link VoteKind}. */
    @Column(nullable = false)
    public String kind;

    /** What is decided: admission call id, councillor person id or "council", rulebook version, member vote request id. */
    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    @Column(nullable = false, columnDefinition = "text")
    public String question;

    @Column(nullable = false)
    public boolean binding;

    /** A poll's options as a JSON array; null for yes/no/abstain. */
    @Column(name = "options_json", columnDefinition = "text")
    public String optionsJson;

    @Column(nullable = false)
    public String status;

    @Column(name = "rulebook_version", nullable = false)
    public int rulebookVersion;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "closes_at", nullable = false)
    public Instant closesAt;

    @Column(name = "roll_size", nullable = false)
    public int rollSize;

    @Column(name = "ballots_cast")
    public Integer ballotsCast;

    @Column(name = "yes_count")
    public Integer yes;

    @Column(name = "no_count")
    public Integer no;

    @Column(name = "abstain_count")
    public Integer abstain;

    @Column(name = "option_counts_json", columnDefinition = "text")
    public String optionCountsJson;

    public Boolean passed;

    @Column(name = "quorum_met")
    public Boolean quorumMet;

    @Column(name = "quorum_needed")
    public Integer quorumNeeded;

    @Column(name = "yes_needed")
    public Integer yesNeeded;

    public String threshold;

    @Column(columnDefinition = "text")
    public String explanation;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public String key() {
        return id.toString();
    }

    public VoteKind voteKind() {
        return VoteKind.fromWire(kind, "kind");
    }

    public List<String> options() {
        return VoteRules.readList(optionsJson);
    }

    public boolean decided() {
        return DECIDED.equals(status);
    }
}
