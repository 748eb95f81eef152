package dev.pygov.events.proposal;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

import java.util.List;

@EventType(value = "dev.pygov.proposal.member-vote-requested.v1", topic = Topics.PROPOSAL, key = "proposal id",
        description = "The Board asked for a binding vote of the PSF voting members, or a non-binding poll, on a proposal. A binding vote is yes/no/abstain; a poll offers its options (yes/no/abstain when empty).")
public record MemberVoteRequested(String proposalId, String requestId, boolean binding, String question, List<String> options, String requestedBy) implements EventPayload {
    @Override
    public String key() {
        return proposalId;
    }
}
