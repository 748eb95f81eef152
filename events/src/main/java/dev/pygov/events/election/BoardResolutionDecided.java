package dev.pygov.events.election;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

import java.util.List;

@EventType(value = "dev.pygov.election.board-resolution-decided.v1", topic = Topics.ELECTION, key = "resolution id",
        description = "The PSF Board decided a resolution by the votes of its directors (a silent director counts as not in favour). When it concerns a proposal (proposalId), a passed resolution resolves it with proposedOutcome favourable or unfavourable, adopting the text of the pinned revision; or, when proposedOutcome is member-vote or poll, asks the voting members that question (a poll's options; empty: yes/no/abstain) about that revision. A failed one changes nothing. revision, question and options are null in events written before they existed.")
public record BoardResolutionDecided(String resolutionId, String proposalId, String proposedOutcome, String text, boolean passed,
                                     int yes, int no, int abstain, int silent, int directors, String explanation, int rulebookVersion,
                                     Integer revision, String question, List<String> options) implements EventPayload {
    @Override
    public String key() {
        return resolutionId;
    }
}
