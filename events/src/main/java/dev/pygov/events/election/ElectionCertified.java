package dev.pygov.events.election;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

import java.time.Instant;
import java.util.List;

@EventType(value = "dev.pygov.election.election-certified.v1", topic = Topics.ELECTION, key = "election id",
        description = "An election's result is certified: seats in order with cohorts and terms; anonymised ballots are published by election-service.")
public record ElectionCertified(String electionId, String electionKind, List<Seat> seats, int rulebookVersion, Instant certifiedAt) implements EventPayload {
    @Override
    public String key() {
        return electionId;
    }
}
