package dev.pygov.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A decision the minutes record, linked to the vote in election-service that took it (if it was voted). */
@Embeddable
public class MeetingDecision {

    @Column(nullable = false)
    public String summary;

    @Column(name = "vote_id")
    public String voteId;

    public MeetingDecision() {
    }

    public MeetingDecision(String summary, String voteId) {
        this.summary = summary;
        this.voteId = voteId;
    }
}
