package dev.pygov.events.proposal;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

import java.util.List;

@EventType(value = "dev.pygov.proposal.proposal-revised.v1", topic = Topics.PROPOSAL, key = "proposal id",
        description = "A proposal or policy page has a new revision (created, edited, or amended by a resolved proposal: amendedByProposalId names it, else null).")
public record ProposalRevised(String proposalId, String path, String title, String kind, int revision, String authorId, List<String> authorIds, String amendedByProposalId) implements EventPayload {
    @Override
    public String key() {
        return proposalId;
    }
}
