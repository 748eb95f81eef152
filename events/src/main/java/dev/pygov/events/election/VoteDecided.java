package dev.pygov.events.election;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

@EventType(value = "dev.pygov.election.vote-decided.v1", topic = Topics.ELECTION, key = "vote id",
        description = "A community vote, binding PSF member vote or poll was decided (polls report counts and never bind).")
public record VoteDecided(String voteId, String kind, String subjectId, boolean passed, boolean quorumMet, int yes, int no, int abstain, int rollSize, String explanation, int rulebookVersion) implements EventPayload {
    @Override
    public String key() {
        return voteId;
    }
}
