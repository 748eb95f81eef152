package dev.pygov.events.election;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

import java.time.Instant;

@EventType(value = "dev.pygov.election.council-seat-changed.v1", topic = Topics.ELECTION, key = "seat id",
        description = "A council seat was filled or vacated (resignation, removal, no-confidence, appointment, election).")
public record CouncilSeatChanged(String seatId, String cohort, String holderPersonId, String change, Instant termEnds, Instant at) implements EventPayload {
    @Override
    public String key() {
        return seatId;
    }
}
