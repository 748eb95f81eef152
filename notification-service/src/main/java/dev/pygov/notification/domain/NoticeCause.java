package dev.pygov.notification.domain;

import dev.pygov.events.CloudEvent;

/** What made PyGov tell someone something: a consumed event, or one of this service's own reminders. */
public record NoticeCause(String source, String id) {

    public static NoticeCause of(CloudEvent event) {
        return new NoticeCause(event.source(), event.id());
    }
}
