package dev.pygov.events.election;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

@EventType(value = "dev.pygov.election.board-resolution-decided.v1", topic = Topics.ELECTION, key = "resolution id",
        description = "The PSF Board decided a resolution by the votes of its directors. When it concerns a proposal (proposalId), a passed resolution resolves it with proposedOutcome (favourable or unfavourable); a failed one changes nothing.")
public record BoardResolutionDecided(String resolutionId, String proposalId, String proposedOutcome, String text, boolean passed,
                                     int yes, int no, int abstain, int silent, int directors, String explanation, int rulebookVersion) implements EventPayload {
    @Override
    public String key() {
        return resolutionId;
    }
}
