package dev.pygov.events.membership;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

import java.time.Instant;

@EventType(value = "dev.pygov.membership.admission-called.v1", topic = Topics.MEMBERSHIP, key = "admission call id",
        description = "A community member publicly called for a vote to admit a person; another community member may second it until secondDeadline, or it lapses.")
public record AdmissionCalled(String callId, String candidatePersonId, String candidateName, String calledBy, String channelUrl,
                              Instant secondDeadline) implements EventPayload {
    @Override
    public String key() {
        return callId;
    }
}
