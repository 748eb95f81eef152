package dev.pygov.commons.inbox;

import dev.pygov.events.CloudEvent;
import dev.pygov.events.EventCatalog;
import dev.pygov.events.EventCodec;
import dev.pygov.events.EventPayload;
import dev.pygov.events.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Routes consumed events to handlers by type, exactly once per consumer. Build one per consumer with
 * {@link #on(Class, Consumer)}; call {@link #deliver(String)} inside the consumer's transaction.
 * Types without a handler are recorded and ignored, so new event types never block a consumer.
 *
 * <p>An event whose CloudEvents {@code source} is not the topic's owning service ({@link Topics#fromOwner}) is refused:
 * it is dead-lettered with the reason and changes nothing (decision 0011). So is a record that is not a CloudEvent.
 * An event whose handler fails is retried, each time in a new transaction, and after {@value #ATTEMPTS} failures
 * dead-lettered with the reason, so one bad event never stops its channel (decision 0012).
 */
public final class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class);
    /** Tries per event before it is dead-lettered: enough for a passing database hiccup, bounded for a poisoned event. */
    static final int ATTEMPTS = 3;
    private static final long RETRY_PAUSE_MILLIS = 200;

    private final String consumer;
    private final String topic;
    private final Inbox inbox;
    private final Map<String, Consumer<CloudEvent>> handlers = new HashMap<>();

    /**
     * @param consumer names this consumer in the inbox and the dead letters
     * @param topic    the topic it consumes: only events from its owning service are applied
     */
    public EventDispatcher(String consumer, String topic, Inbox inbox) {
        if (Topics.owner(topic).isEmpty()) {
            throw new IllegalArgumentException(topic + " has no owning service in Topics; nothing on it could be trusted");
        }
        this.consumer = consumer;
        this.topic = topic;
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

    /**
     * Applies the event unless this consumer already has; returns whether it was applied now. Called from the consumer
     * method (which may hold a transaction of its own: the refusals are recorded in it).
     */
    public boolean deliver(String json) {
        CloudEvent event;
        try {
            event = EventCodec.read(json);
        } catch (EventCodec.MalformedEventException e) {
            LOG.errorf("%s: skipping a record that is not a CloudEvent: %s", consumer, e.getMessage());
            inbox.deadLetter(consumer, topic, null, json, "not a CloudEvent: " + e.getMessage());
            return false;
        }
        if (!Topics.fromOwner(topic, event.source())) {
            String reason = "source " + event.source() + " is not " + Topics.sourceOf(Topics.owner(topic).orElseThrow())
                    + ", the owner of " + topic;
            LOG.errorf("%s: refusing event %s (%s): %s", consumer, event.id(), event.type(), reason);
            inbox.deadLetter(consumer, topic, event, json, reason);
            return false;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                // Its own transaction: the effect, its events and the dedup record commit together or not at all.
                return QuarkusTransaction.requiringNew().call(() -> apply(event));
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS) {
                    String reason = "failed " + ATTEMPTS + " times: " + describe(e);
                    LOG.errorf(e, "%s: dead-lettering event %s (%s): %s", consumer, event.id(), event.type(), reason);
                    QuarkusTransaction.requiringNew().run(() -> inbox.deadLetter(consumer, topic, event, json, reason));
                    return false;
                }
                LOG.warnf("%s: event %s (%s) failed (attempt %d of %d), retrying: %s", consumer, event.id(), event.type(),
                        attempt, ATTEMPTS, describe(e));
                pause(attempt);
            }
        }
    }

    private boolean apply(CloudEvent event) {
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

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null && text.length() < 2000; cause = cause.getCause()) {
            text.append(text.length() == 0 ? "" : " <- ").append(cause.getClass().getSimpleName())
                    .append(cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        return text.toString();
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(RETRY_PAUSE_MILLIS * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an event", e);
        }
    }
}
