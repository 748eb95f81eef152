package dev.pygov.events.proposal;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

@EventType(value = "dev.pygov.proposal.proposal-resolved.v1", topic = Topics.PROPOSAL, key = "proposal id",
        description = "A proposal for resolution was resolved by a Board resolution or a member vote.")
public record ProposalResolved(String proposalId, boolean favourable, String resolvedBy, String reference) implements EventPayload {
    @Override
    public String key() {
        return proposalId;
    }
}
