package dev.pygov.notification.events;

import dev.pygov.commons.inbox.EventDispatcher;
import dev.pygov.commons.inbox.Inbox;
import dev.pygov.events.CloudEvent;
import dev.pygov.events.membership.PersonRegistered;
import dev.pygov.notification.domain.InboxService;
import dev.pygov.notification.domain.Recipient;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Clock;
import java.time.Instant;

/** Keeps the recipient projection and welcomes new people, once per event however often it is delivered. */
@ApplicationScoped
public class MembershipEventsConsumer {

    static final String CONSUMER = "notification-service/membership-events";

    private final EventDispatcher dispatcher;
    private final InboxService inbox;
    private final Clock clock;

    public MembershipEventsConsumer(Inbox dedup, InboxService inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
        this.dispatcher = new EventDispatcher(CONSUMER, dedup).on(PersonRegistered.class, this::registered);
    }

    @Incoming("membership-events")
    @Blocking(ordered = true)
    @Transactional
    public void consume(String cloudEvent) {
        dispatcher.deliver(cloudEvent);
    }

    private void registered(PersonRegistered person, CloudEvent cause) {
        Recipient recipient = Recipient.<Recipient>findByIdOptional(person.personId()).orElseGet(Recipient::new);
        recipient.personId = person.personId();
        recipient.displayName = person.displayName();
        recipient.email = person.email();
        recipient.updatedAt = Instant.now(clock);
        recipient.persist();
        inbox.tell(person.personId(), "welcome", "Welcome to PyGov",
                "Hello " + person.displayName() + ", you are now known to PyGov. Notices about votes and proposals that concern you will arrive here.",
                cause);
    }
}
