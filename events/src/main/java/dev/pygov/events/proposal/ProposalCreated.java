package dev.pygov.events.proposal;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

@EventType(value = "dev.pygov.proposal.proposal-created.v1", topic = Topics.PROPOSAL, key = "proposal id",
        description = "A proposal or policy page was created; amendsProposalId names the active policy an amendment amends, or is null.")
public record ProposalCreated(String proposalId, String path, String section, String title, String kind, String amendsProposalId, String createdBy) implements EventPayload {
    @Override
    public String key() {
        return proposalId;
    }
}
