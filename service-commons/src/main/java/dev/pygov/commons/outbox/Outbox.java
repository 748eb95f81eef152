package dev.pygov.commons.outbox;

import dev.pygov.events.CloudEvent;
import dev.pygov.events.EventCatalog;
import dev.pygov.events.EventCodec;
import dev.pygov.events.EventPayload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Records an event in the caller's transaction, so the state change and its event commit or roll back together.
 * The relay publishes it afterwards; nothing is ever sent to Kafka directly.
 */
@ApplicationScoped
public class Outbox {

    private final String source;
    private final Clock clock;

    public Outbox(@ConfigProperty(name = "quarkus.application.name") String applicationName, Clock clock) {
        this.source = "/" + applicationName;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(EventPayload payload) {
        EventCatalog.Definition definition = EventCatalog.of(payload.getClass());
        CloudEvent event = EventCodec.wrap(source, payload, Instant.now(clock));
        OutboxMessage message = new OutboxMessage();
        message.eventId = UUID.fromString(event.id());
        message.topic = definition.topic();
        message.messageKey = payload.key();
        message.eventType = definition.type();
        message.cloudEvent = EventCodec.write(event);
        message.createdAt = event.time();
        message.persist();
        return event;
    }

    public String source() {
        return source;
    }
}
