package dev.pygov.notification.events;

import dev.pygov.events.Topics;
import dev.pygov.commons.inbox.EventDispatcher;
import dev.pygov.commons.inbox.Inbox;
import dev.pygov.events.CloudEvent;
import dev.pygov.events.proposal.ProposalMoved;
import dev.pygov.events.proposal.ProposalResolved;
import dev.pygov.notification.domain.NoticeCause;
import dev.pygov.notification.domain.NoticeKind;
import dev.pygov.notification.domain.Follows;
import dev.pygov.notification.domain.Notifier;
import dev.pygov.notification.domain.Preferences;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/** Tells authors and followers when a proposal moves, and subscribers when a proposal is resolved. */
@ApplicationScoped
public class ProposalEventsConsumer {

    static final String CONSUMER = "notification-service/proposal-events";

    private final EventDispatcher dispatcher;
    private final Notifier notifier;
    private final Preferences preferences;
    private final Follows follows;

    public ProposalEventsConsumer(Inbox dedup, Notifier notifier, Preferences preferences, Follows follows) {
        this.follows = follows;
        this.notifier = notifier;
        this.preferences = preferences;
        this.dispatcher = new EventDispatcher(CONSUMER, Topics.PROPOSAL, dedup)
                .on(ProposalMoved.class, this::moved)
                .on(ProposalResolved.class, this::resolved);
    }

    @Incoming("proposal-events")
    @Blocking(ordered = true)
    @Transactional
    public void consume(String cloudEvent) {
        dispatcher.deliver(cloudEvent);
    }

    private void moved(ProposalMoved moved, CloudEvent cause) {
        List<String> authors = moved.authorIds() == null ? List.of() : moved.authorIds();
        String body = "It moved from " + moved.fromPath() + " to " + moved.toPath() + "; the old address redirects there."
                + (moved.reason() == null || moved.reason().isBlank() ? "" : " Reason: " + moved.reason());
        notifier.tellAll(authors, NoticeKind.PROPOSAL_MOVED, "Your proposal moved to " + moved.section(), body, NoticeCause.of(cause));
        List<String> followers = follows.followersOf(moved.proposalId()).stream().filter(f -> !authors.contains(f)).toList();
        notifier.tellAll(followers, NoticeKind.PROPOSAL_MOVED, "A proposal you follow moved to " + moved.section(), body,
                NoticeCause.of(cause));
    }

    private void resolved(ProposalResolved resolved, CloudEvent cause) {
        notifier.tellAll(preferences.subscribersOf(NoticeKind.RESULTS_PUBLISHED), NoticeKind.RESULTS_PUBLISHED,
                "Proposal resolved " + (resolved.favourable() ? "in favour" : "against"),
                "Proposal " + resolved.proposalId() + " was resolved by " + resolved.resolvedBy()
                        + (resolved.reference() == null ? "" : " (" + resolved.reference() + ")") + ".",
                NoticeCause.of(cause));
    }
}
