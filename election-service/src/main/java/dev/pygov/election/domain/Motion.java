package dev.pygov.election.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A council motion: what is proposed, the kind's parameters, and once decided the outcome and its effect. */
@Entity
@Table(name = "council_motion")
public class Motion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MotionKind kind;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;

    /** Whom the effect concerns: the Returning Officer nominated, the person appointed, the member to remove. */
    @Column(name = "subject_id")
    public String subjectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "election_kind")
    public ElectionKind electionKind;

    @Column(name = "election_cohort")
    public String electionCohort;

    @Column(name = "election_seats")
    public Integer electionSeats;

    @Column(name = "seat_id")
    public String seatId;

    @Column(name = "missing_councillor_id")
    public String missingCouncillorId;

    @Column(name = "out_of_touch_since")
    public Instant outOfTouchSince;

    @Column(name = "rulebook_version", nullable = false)
    public int rulebookVersion;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(nullable = false)
    public Instant deadline;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public Boolean passed;

    @Column(name = "yes_votes")
    public Integer yes;

    @Column(name = "no_votes")
    public Integer no;

    @Column(name = "abstentions")
    public Integer abstain;

    public Integer silent;

    @Column(columnDefinition = "text")
    public String explanation;

    @Column(name = "created_election_id")
    public UUID createdElectionId;

    public String effect;

    public boolean decided() {
        return decidedAt != null;
    }

    public String status() {
        return !decided() ? "open" : Boolean.TRUE.equals(passed) ? "passed" : "failed";
    }

    public static List<Motion> newestFirst() {
        return list("order by openedAt desc, id");
    }
}
