package dev.pygov.membership.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A community member's public call for a vote to admit a person, its second and the vote's outcome. */
@Entity
@Table(name = "admission_call")
public class AdmissionCall extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "candidate_person_id", nullable = false)
    public String candidatePersonId;

    @Column(name = "called_by", nullable = false)
    public String calledBy;

    @Column(name = "called_at", nullable = false)
    public Instant calledAt;

    /** Where the call was made publicly (a thread on the appropriate channel). */
    @Column(name = "channel_url")
    public String channelUrl;

    @Column(name = "seconding_deadline", nullable = false)
    public Instant secondingDeadline;

    @Column(name = "seconded_by")
    public String secondedBy;

    @Column(name = "seconded_at")
    public Instant secondedAt;

    @Column(nullable = false)
    public String status;

    @Column(name = "vote_id")
    public String voteId;

    @Column(name = "outcome_explanation")
    public String outcomeExplanation;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "rulebook_version", nullable = false)
    public int rulebookVersion;

    public AdmissionStatus status() {
        return Wire.parse(AdmissionStatus.class, "status", status);
    }

    public static boolean pendingFor(String candidatePersonId) {
        return count("candidatePersonId = ?1 AND status IN ?2", candidatePersonId,
                List.of(Wire.of(AdmissionStatus.AWAITING_SECOND), Wire.of(AdmissionStatus.VOTING))) > 0;
    }
}
