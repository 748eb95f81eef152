package dev.pygov.events.membership;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

import java.time.LocalDate;

@EventType(value = "dev.pygov.membership.affiliation-changed.v1", topic = Topics.MEMBERSHIP, key = "person id",
        description = "An affiliation that counts for the employer limit started or ended; entityRoot is the top-level parent entity.")
public record AffiliationChanged(String personId, String entityId, String entityName, String entityRootId, String kind, LocalDate since, LocalDate until) implements EventPayload {
    @Override
    public String key() {
        return personId;
    }
}
