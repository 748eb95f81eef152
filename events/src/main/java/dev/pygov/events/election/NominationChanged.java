package dev.pygov.events.election;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

@EventType(value = "dev.pygov.election.nomination-changed.v1", topic = Topics.ELECTION, key = "election id",
        description = "A community member nominated themselves for a council election (status nominated) or withdrew (status withdrawn).")
public record NominationChanged(String electionId, String personId, String ballotName, String status) implements EventPayload {
    @Override
    public String key() {
        return electionId;
    }
}
