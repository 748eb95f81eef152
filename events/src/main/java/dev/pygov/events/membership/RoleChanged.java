package dev.pygov.events.membership;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

import java.time.Instant;

@EventType(value = "dev.pygov.membership.role-changed.v1", topic = Topics.MEMBERSHIP, key = "person id",
        description = "A PSF or council role (director, officer, executive-director, council-member, returning-officer...) was granted or ended.")
public record RoleChanged(String personId, String role, boolean held, Instant from, Instant until) implements EventPayload {
    @Override
    public String key() {
        return personId;
    }
}
