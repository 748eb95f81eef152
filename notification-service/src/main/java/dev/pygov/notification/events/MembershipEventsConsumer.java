package dev.pygov.notification.events;

import dev.pygov.events.Topics;
import dev.pygov.commons.inbox.EventDispatcher;
import dev.pygov.commons.inbox.Inbox;
import dev.pygov.events.CloudEvent;
import dev.pygov.events.membership.AdmissionCalled;
import dev.pygov.events.membership.CommunityMemberJoined;
import dev.pygov.events.membership.CommunityStatusChanged;
import dev.pygov.events.membership.MembershipClassChanged;
import dev.pygov.events.membership.PersonRegistered;
import dev.pygov.notification.domain.CallNotices;
import dev.pygov.notification.domain.Electorate;
import dev.pygov.notification.domain.NoticeCause;
import dev.pygov.notification.domain.NoticeKind;
import dev.pygov.notification.domain.Notifier;
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
    private final Notifier notifier;
    private final Electorate electorate;
    private final Clock clock;

    public MembershipEventsConsumer(Inbox dedup, Notifier notifier, Electorate electorate, CallNotices calls, Clock clock) {
        this.notifier = notifier;
        this.electorate = electorate;
        this.clock = clock;
        this.dispatcher = new EventDispatcher(CONSUMER, Topics.MEMBERSHIP, dedup)
                .on(PersonRegistered.class, this::registered)
                .on(MembershipClassChanged.class, this::classChanged)
                .on(CommunityMemberJoined.class, this::joinedCommunity)
                .on(CommunityStatusChanged.class, this::communityStatusChanged)
                .on(AdmissionCalled.class, (call, cause) -> calls.needsSecond("the admission of " + call.candidateName(),
                        call.channelUrl() == null ? "call " + call.callId() : call.channelUrl(), call.calledBy(), call.secondDeadline(), cause));
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
        notifier.tell(person.personId(), NoticeKind.WELCOME, "Welcome to PyGov",
                "Hello " + person.displayName() + ", you are now known to PyGov. Notices about votes and proposals that concern you will arrive here.",
                NoticeCause.of(cause));
    }

    private void classChanged(MembershipClassChanged change) {
        boolean current = change.until() == null || !change.until().isBefore(java.time.LocalDate.now(clock));
        electorate.psfVoting(change.personId(), change.votingMember() && current);
    }

    private void joinedCommunity(CommunityMemberJoined joined) {
        electorate.communityActive(joined.personId(), true);
    }

    private void communityStatusChanged(CommunityStatusChanged change) {
        electorate.communityActive(change.personId(), "active".equalsIgnoreCase(change.status()));
    }
}
