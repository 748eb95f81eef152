package dev.pygov.events.proposal;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

@EventType(value = "dev.pygov.proposal.proposal-resolved.v1", topic = Topics.PROPOSAL, key = "proposal id",
        description = "A proposal was resolved by a Board resolution or a binding member vote (method board-resolution or member-vote), or withdrawn (method withdrawal, never favourable). The move that follows is a separate proposal-moved event.")
public record ProposalResolved(String proposalId, boolean favourable, String method, String resolvedBy, String reference, int rulebookVersion) implements EventPayload {
    @Override
    public String key() {
        return proposalId;
    }
}
