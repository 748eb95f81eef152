package dev.pygov.events.membership;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

import java.time.Instant;

@EventType(value = "dev.pygov.membership.community-member-joined.v1", topic = Topics.MEMBERSHIP, key = "person id",
        description = "A person joined the Packaging community roster, with how they joined.")
public record CommunityMemberJoined(String personId, String joinSource, String nominatingOrganisation, Instant joinedAt) implements EventPayload {
    @Override
    public String key() {
        return personId;
    }
}
