package dev.pygov.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The data of an event. Its key orders it: events with the same key are delivered in order. */
public interface EventPayload {
    @JsonIgnore
    String key();
}
