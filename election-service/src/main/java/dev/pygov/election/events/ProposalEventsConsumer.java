package dev.pygov.election.events;

import dev.pygov.events.Topics;
import dev.pygov.commons.inbox.EventDispatcher;
import dev.pygov.commons.inbox.Inbox;
import dev.pygov.election.domain.VoteKind;
import dev.pygov.election.domain.VoteService;
import dev.pygov.events.proposal.MemberVoteRequested;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Clock;
import java.time.Instant;

/**
 * The Board asked for a binding vote of the PSF voting members or a non-binding poll on a proposal: the vote opens
 * with the request id as its subject, which proposal-service matches VoteDecided against.
 */
@ApplicationScoped
public class ProposalEventsConsumer {

    static final String CONSUMER = "election-service/proposal-events";

    private final EventDispatcher dispatcher;
    private final VoteService votes;
    private final Clock clock;

    public ProposalEventsConsumer(Inbox inbox, VoteService votes, Clock clock) {
        this.votes = votes;
        this.clock = clock;
        this.dispatcher = new EventDispatcher(CONSUMER, Topics.PROPOSAL, inbox).on(MemberVoteRequested.class, this::memberVoteRequested);
    }

    @Incoming("proposal-events")
    @Blocking(ordered = true)
    @Transactional
    public void consume(String cloudEvent) {
        dispatcher.deliver(cloudEvent);
    }

    private void memberVoteRequested(MemberVoteRequested request) {
        VoteKind kind = request.binding() ? VoteKind.MEMBER_VOTE : VoteKind.POLL;
        votes.openOnce(kind, request.requestId(), request.question(), request.options(), Instant.now(clock));
    }
}
