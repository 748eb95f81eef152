package dev.pygov.events.election;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

import java.time.Instant;

@EventType(value = "dev.pygov.election.vote-call-changed.v1", topic = Topics.ELECTION, key = "call id",
        description = "A public call for a community vote run by election-service (no-confidence) was made (status called, awaiting a second until secondDeadline), seconded (voteId names the vote it opened) or lapsed without a second.")
public record VoteCallChanged(String callId, String kind, String subjectId, String status, String calledBy, String secondedBy,
                              Instant secondDeadline, String voteId, Instant at) implements EventPayload {
    @Override
    public String key() {
        return callId;
    }
}
