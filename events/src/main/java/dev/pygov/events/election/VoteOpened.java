package dev.pygov.events.election;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

import java.time.Instant;

@EventType(value = "dev.pygov.election.vote-opened.v1", topic = Topics.ELECTION, key = "vote id",
        description = "A community vote, binding PSF member vote or poll opened on a frozen roll.")
public record VoteOpened(String voteId, String kind, String subjectId, String question, int rollSize, Instant closesAt, int rulebookVersion) implements EventPayload {
    @Override
    public String key() {
        return voteId;
    }
}
