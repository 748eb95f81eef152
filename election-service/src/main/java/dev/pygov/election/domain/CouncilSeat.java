package dev.pygov.election.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One tenure of a council seat; the seat is held while endedAt is null. */
@Entity
@Table(name = "council_seat")
public class CouncilSeat extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Stable seat name, e.g. A-1: the cohort and the seat's number within it. */
    @Column(name = "seat_id", nullable = false)
    public String seatId;

    @Column(nullable = false)
    public String cohort;

    @Column(name = "person_id", nullable = false)
    public String personId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    /** The election that seated this holder; null for a replacement the council appointed by motion. */
    @Column(name = "election_id")
    public UUID electionId;

    /** The council motion that appointed this holder, if not an election. */
    @Column(name = "motion_id")
    public UUID motionId;

    @Column(name = "term_start", nullable = false)
    public Instant termStart;

    @Column(name = "term_end", nullable = false)
    public Instant termEnd;

    @Column(name = "ended_at")
    public Instant endedAt;

    /** Why the tenure ended: term-ended, resigned, removed, no-confidence, out-of-touch, dissolved. */
    @Column(name = "end_reason")
    public String endReason;

    public static List<CouncilSeat> current() {
        return list("endedAt is null order by seatId");
    }

    public static List<CouncilSeat> history() {
        return list("order by termStart desc, seatId");
    }
}
