package dev.pygov.events.membership;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

import java.time.Instant;

@EventType(value = "dev.pygov.membership.community-status-changed.v1", topic = Topics.MEMBERSHIP, key = "person id",
        description = "A community member became active, inactive (missed elections) or removed.")
public record CommunityStatusChanged(String personId, String status, String reason, Instant at) implements EventPayload {
    @Override
    public String key() {
        return personId;
    }
}
