package dev.pygov.events.election;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

import java.time.Instant;

@EventType(value = "dev.pygov.election.rulebook-adopted.v1", topic = Topics.ELECTION, key = "rulebook version",
        description = "A rulebook version is in force for everything that starts after effectiveFrom; rulebookJson is the whole document (rulebook.schema.json).")
public record RulebookAdopted(int version, String adoptedByVoteId, Instant effectiveFrom, String rulebookJson) implements EventPayload {
    @Override
    public String key() {
        return Integer.toString(version);
    }
}
