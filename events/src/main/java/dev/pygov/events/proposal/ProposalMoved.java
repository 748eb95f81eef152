package dev.pygov.events.proposal;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

import java.util.List;

@EventType(value = "dev.pygov.proposal.proposal-moved.v1", topic = Topics.PROPOSAL, key = "proposal id",
        description = "A proposal moved between sections; the old path now redirects to the new one.")
public record ProposalMoved(String proposalId, String fromPath, String toPath, String section, String movedBy, String reason, List<String> authorIds) implements EventPayload {
    @Override
    public String key() {
        return proposalId;
    }
}
