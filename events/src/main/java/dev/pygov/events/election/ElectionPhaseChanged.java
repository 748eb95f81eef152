package dev.pygov.events.election;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

import java.time.Instant;

@EventType(value = "dev.pygov.election.election-phase-changed.v1", topic = Topics.ELECTION, key = "election id",
        description = "A council election moved to a new phase (nominations-open, voting-open, closed, counted, tie-pending, certified).")
public record ElectionPhaseChanged(String electionId, String electionKind, String phase, Instant at, Instant nextDeadline, int rulebookVersion) implements EventPayload {
    @Override
    public String key() {
        return electionId;
    }
}
