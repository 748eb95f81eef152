package dev.pygov.events.membership;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

import java.time.Instant;

@EventType(value = "dev.pygov.membership.admission-vote-requested.v1", topic = Topics.MEMBERSHIP, key = "admission call id",
        description = "A call to admit a person was seconded: election-service opens the community vote.")
public record AdmissionVoteRequested(String callId, String candidatePersonId, String candidateName, String calledBy, String secondedBy, Instant secondedAt) implements EventPayload {
    @Override
    public String key() {
        return callId;
    }
}
