package dev.pygov.events.membership;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

@EventType(value = "dev.pygov.membership.person-registered.v1", topic = Topics.MEMBERSHIP, key = "person id (OIDC subject)",
        description = "A person is known to PyGov. The e-mail is personal data, for notification-service's recipient projection only.")
public record PersonRegistered(String personId, String displayName, String name, String email) implements EventPayload {
    @Override
    public String key() {
        return personId;
    }
}
