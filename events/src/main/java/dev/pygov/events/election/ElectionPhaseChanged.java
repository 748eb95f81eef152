package dev.pygov.events.election;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

import java.time.Instant;

@EventType(value = "dev.pygov.election.election-phase-changed.v1", topic = Topics.ELECTION, key = "election id",
        description = "A council election moved to a new phase (draft, nominations-open, voting-open, closed, counted, tie-pending, certified); returningOfficerId is who runs it (null until named).")
public record ElectionPhaseChanged(String electionId, String electionKind, String phase, Instant at, Instant nextDeadline, String returningOfficerId, int rulebookVersion) implements EventPayload {
    @Override
    public String key() {
        return electionId;
    }
}
