package dev.pygov.proposal.events;

import dev.pygov.events.Topics;
import dev.pygov.commons.inbox.EventDispatcher;
import dev.pygov.commons.inbox.Inbox;
import dev.pygov.commons.rulebook.RulebookLedger;
import dev.pygov.events.election.BoardResolutionDecided;
import dev.pygov.events.election.RulebookAdopted;
import dev.pygov.events.election.VoteDecided;
import dev.pygov.proposal.domain.ResolutionService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies decided member votes, polls and Board resolutions to the proposals they concern, once per event. */
@ApplicationScoped
public class ElectionEventsConsumer {

    static final String CONSUMER = "proposal-service/election-events";

    private final EventDispatcher dispatcher;

    public ElectionEventsConsumer(Inbox dedup, ResolutionService resolutions, RulebookLedger rulebooks) {
        this.dispatcher = new EventDispatcher(CONSUMER, Topics.ELECTION, dedup)
                .on(VoteDecided.class, resolutions::voteDecided)
                .on(BoardResolutionDecided.class, resolutions::boardResolutionDecided)
                .on(RulebookAdopted.class, rulebooks::adopted);
    }

    @Incoming("election-events")
    @Blocking(ordered = true)
    @Transactional
    public void consume(String cloudEvent) {
        dispatcher.deliver(cloudEvent);
    }
}
