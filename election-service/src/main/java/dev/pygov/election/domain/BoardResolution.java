package dev.pygov.election.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A PSF Board resolution, voted on the record by the directors listed when it opened. */
@Entity
@Table(name = "board_resolution")
public class BoardResolution extends PanacheEntityBase {

    public static final String OPEN = "open";
    public static final String DECIDED = "decided";

    @Id
    public UUID id;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(name = "proposal_id")
    public String proposalId;

    /** favourable or unfavourable (how a passed resolution resolves its proposal), or member-vote / poll (what it asks the members). */
    @Column(name = "proposed_outcome")
    public String proposedOutcome;

    /** The proposal's revision the Board votes on, pinned when the resolution opens: the text it adopts or puts to the members. */
    public Integer revision;

    /** For a member-vote or a poll: the question put to the voting members. */
    @Column(columnDefinition = "text")
    public String question;

    /** A poll's options, or null for yes / no / abstain. */
    @Column(name = "options_json", columnDefinition = "text")
    public String optionsJson;

    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;

    @Column(nullable = false)
    public String status;

    @Column(name = "rulebook_version", nullable = false)
    public int rulebookVersion;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "closes_at", nullable = false)
    public Instant closesAt;

    @Column(nullable = false)
    public int directors;

    @Column(name = "yes_count")
    public Integer yes;

    @Column(name = "no_count")
    public Integer no;

    @Column(name = "abstain_count")
    public Integer abstain;

    @Column(name = "silent_count")
    public Integer silent;

    public Boolean passed;

    @Column(columnDefinition = "text")
    public String explanation;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public String key() {
        return id.toString();
    }

    public java.util.List<String> options() {
        return VoteRules.readList(optionsJson);
    }

    public boolean decided() {
        return DECIDED.equals(status);
    }
}
