package dev.pygov.events.election;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

import java.util.List;

@EventType(value = "dev.pygov.election.vote-decided.v1", topic = Topics.ELECTION, key = "vote id",
        description = "A community vote, binding PSF member vote or poll was decided (polls report counts and never bind; a poll with options reports optionCounts). subjectId echoes what was decided: the admission call id, the councillor (or council) of a no-confidence vote, the rulebook version proposed, or the member vote request id.")
public record VoteDecided(String voteId, String kind, String subjectId, boolean passed, boolean quorumMet, int yes, int no, int abstain, int rollSize, String explanation, int rulebookVersion, List<OptionCount> optionCounts) implements EventPayload {

    /** A vote without options (every kind but a poll with options). */
    public VoteDecided(String voteId, String kind, String subjectId, boolean passed, boolean quorumMet, int yes, int no, int abstain, int rollSize, String explanation, int rulebookVersion) {
        this(voteId, kind, subjectId, passed, quorumMet, yes, no, abstain, rollSize, explanation, rulebookVersion, List.of());
    }

    /** How many ballots chose one option of a poll. */
    public record OptionCount(String option, int count) {
    }

    @Override
    public String key() {
        return voteId;
    }
}
