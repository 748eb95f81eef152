package dev.pygov.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.Instant;
import java.util.UUID;

/** Turns payload records into CloudEvents JSON and back. Unknown fields are tolerated on read (forward compatibility). */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventCodec() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A new event with a fresh id, for the given source (e.g. {@code /membership-service}). */
    public static CloudEvent wrap(String source, EventPayload payload, Instant time) {
        EventCatalog.Definition definition = EventCatalog.of(payload.getClass());
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source, definition.type(),
                payload.key(), time, "application/json", payload.key(), MAPPER.valueToTree(payload));
    }

    public static String write(CloudEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + event.id(), e);
        }
    }

    public static CloudEvent read(String json) {
        try {
            CloudEvent event = MAPPER.readValue(json, CloudEvent.class);
            if (event.id() == null || event.source() == null || event.type() == null) {
                throw new MalformedEventException("a CloudEvent needs id, source and type");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not a CloudEvent: " + e.getOriginalMessage());
        }
    }

    public static <T extends EventPayload> T data(CloudEvent event, Class<T> payload) {
        try {
            return MAPPER.treeToValue(event.data(), payload);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("event " + event.id() + " has no valid " + payload.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }

    public static final class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }
    }
}
