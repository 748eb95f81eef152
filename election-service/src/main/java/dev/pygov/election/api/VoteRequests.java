package dev.pygov.election.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Request bodies of the vote, governance and Board API. */
public final class VoteRequests {

    private VoteRequests() {
    }

    /** choice: yes, no or abstain, or one of a poll's options; ballotKey: the key of the ballot to replace, or one chosen for a first ballot. */
    public record Ballot(@Size(max = 2000) String choice, @Size(max = 200) String ballotKey) {
    }

    public record BallotKey(@NotBlank @Size(max = 200) String ballotKey) {
    }

    /** target: councillor (with personId) or council; statement: the public reasons. */
    public record NoConfidenceCall(@Size(max = 20) String target, @Size(max = 200) String personId, @Size(max = 20000) String statement) {
    }

    /** rulebook: the whole proposed document (version = the version in force + 1). */
    public record GovernanceChange(JsonNode rulebook, @Size(max = 20000) String summary) {
    }

    /**
     * About a proposal (proposalId, with the revision voted on): proposedOutcome favourable or unfavourable resolves
     * it; member-vote or poll asks the voting members the question (a poll may offer 2 to 20 options).
     */
    public record BoardResolution(@Size(max = 20000) String text, @Size(max = 200) String proposalId, @Size(max = 20) String proposedOutcome,
                                  Integer revision, @Size(max = 1000) String question, @Size(max = 20) List<@Size(max = 200) String> options) {
    }

    /** vote: yes, no or abstain. */
    public record BoardVote(@Size(max = 20) String vote) {
    }
}
