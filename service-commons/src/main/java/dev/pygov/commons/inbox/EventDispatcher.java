package dev.pygov.commons.inbox;

import dev.pygov.events.CloudEvent;
import dev.pygov.events.EventCatalog;
import dev.pygov.events.EventCodec;
import dev.pygov.events.EventPayload;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Routes consumed events to handlers by type, exactly once per consumer. Build one per consumer with
 * {@link #on(Class, Consumer)}; call {@link #deliver(String)} inside the consumer's transaction.
 * Types without a handler are recorded and ignored, so new event types never block a consumer.
 */
public final class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class);

    private final String consumer;
    private final Inbox inbox;
    private final Map<String, Consumer<CloudEvent>> handlers = new HashMap<>();

    public EventDispatcher(String consumer, Inbox inbox) {
        this.consumer = consumer;
        this.inbox = inbox;
    }

    public <T extends EventPayload> EventDispatcher on(Class<T> payload, Consumer<T> handler) {
        return on(payload, (data, event) -> handler.accept(data));
    }

    /** A handler that also needs the envelope, e.g. to record which event caused its effect. */
    public <T extends EventPayload> EventDispatcher on(Class<T> payload, BiConsumer<T, CloudEvent> handler) {
        handlers.put(EventCatalog.of(payload).type(), event -> handler.accept(EventCodec.data(event, payload), event));
        return this;
    }

    /** Applies the event unless this consumer already has; returns whether it was applied now. */
    public boolean deliver(String json) {
        CloudEvent event;
        try {
            event = EventCodec.read(json);
        } catch (EventCodec.MalformedEventException e) {
            LOG.errorf("%s: skipping a record that is not a CloudEvent: %s", consumer, e.getMessage());
            return false;
        }
        if (!inbox.firstDelivery(consumer, event)) {
            LOG.debugf("%s: event %s from %s already applied", consumer, event.id(), event.source());
            return false;
        }
        Consumer<CloudEvent> handler = handlers.get(event.type());
        if (handler != null) {
            handler.accept(event);
        }
        return true;
    }
}
