package dev.pygov.election.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A councillor listed on a motion when it opened, and their answer: yes, no, abstain, or still none. */
@Entity
@Table(name = "council_motion_vote")
public class MotionVote extends PanacheEntityBase {

    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String ABSTAIN = "abstain";

    @EmbeddedId
    public Key id;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "seat_id", nullable = false)
    public String seatId;

    /** yes, no or abstain; null while the councillor has not answered (and for good if silent at the deadline). */
    public String vote;

    @Column(name = "conflict_of_interest", nullable = false)
    public boolean conflictOfInterest;

    /** The rules recorded this abstention (the missing member of an out-of-touch motion), not the councillor. */
    @Column(name = "recorded_abstention", nullable = false)
    public boolean recordedAbstention;

    @Column(name = "voted_at")
    public Instant votedAt;

    public String personId() {
        return id.personId;
    }

    public static List<MotionVote> of(UUID motionId) {
        return list("id.motionId = ?1 order by seatId", motionId);
    }

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "motion_id")
        public UUID motionId;
        @Column(name = "person_id")
        public String personId;

        public Key() {
        }

        public Key(UUID motionId, String personId) {
            this.motionId = motionId;
            this.personId = personId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.motionId.equals(motionId) && k.personId.equals(personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(motionId, personId);
        }
    }
}
