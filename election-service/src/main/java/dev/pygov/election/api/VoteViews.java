package dev.pygov.election.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pygov.election.domain.BoardResolution;
import dev.pygov.election.domain.BoardVote;
import dev.pygov.election.domain.GovernanceChange;
import dev.pygov.election.domain.RulebookDocuments;
import dev.pygov.election.domain.Vote;
import dev.pygov.election.domain.VoteCall;
import dev.pygov.election.domain.VoteRules;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Response bodies of the vote, governance and Board API. Instants are UTC. */
public final class VoteViews {

    private VoteViews() {
    }

    /** A vote; result is null until it is decided (no running tallies). */
    public record VoteView(String id, String kind, String subjectId, String question, boolean binding, List<String> options,
                           String status, int rulebookVersion, String timeZone, Instant openedAt, Instant closesAt, int rollSize,
                           Result result) {
        static VoteView of(Vote v) {
            Result result = v.decided() ? new Result(v.passed, v.quorumMet, v.quorumNeeded, v.ballotsCast,
                    v.rollSize == 0 ? 0.0 : (double) v.ballotsCast / v.rollSize, v.yes, v.no, v.abstain,
                    VoteRules.readCounts(v.optionCountsJson), v.threshold, v.yesNeeded, v.explanation, v.decidedAt) : null;
            return new VoteView(v.key(), v.kind, v.subjectId, v.question, v.binding, v.options(), v.status, v.rulebookVersion, "UTC",
                    v.openedAt, v.closesAt, v.rollSize, result);
        }
    }

    /** turnout: ballots cast / roll size (the electorate). */
    public record Result(boolean passed, boolean quorumMet, Integer quorumNeeded, int ballotsCast, double turnout, int yes, int no,
                         int abstain, Map<String, Integer> optionCounts, String threshold, Integer yesNeeded, String explanation,
                         Instant decidedAt) {
    }

    /** The ballot key is shown once, on the first cast: keep it to replace or check the ballot. */
    public record ReceiptView(String tracker, String ballotKey) {
    }

    public record BallotView(String tracker, String choice) {
    }

    public record CallView(String id, String kind, String subjectId, String question, String statement, String status,
                           String calledBy, Instant calledAt, Instant secondDeadline, String secondedBy, Instant secondedAt,
                           String voteId) {
        static CallView of(VoteCall c) {
            return new CallView(c.key(), c.kind, c.subjectId, c.question, c.statement, c.status, c.calledBy, c.calledAt,
                    c.secondDeadline, c.secondedBy, c.secondedAt, c.voteId == null ? null : c.voteId.toString());
        }
    }

    public record ChangeView(String id, int version, int baseVersion, String summary, String status, String proposedBy,
                             Instant proposedAt, String callId, String voteId, Instant decidedAt, List<Diff> diff, JsonNode rulebook) {
        static ChangeView of(GovernanceChange c, List<RulebookDocuments.Change> changes, JsonNode document) {
            return new ChangeView(c.id.toString(), c.version, c.baseVersion, c.summary, c.status, c.proposedBy, c.proposedAt,
                    c.callId == null ? null : c.callId.toString(), c.voteId == null ? null : c.voteId.toString(), c.decidedAt,
                    changes == null ? null : changes.stream().map(d -> new Diff(d.path(), d.from(), d.to())).toList(), document);
        }
    }

    /** One changed value: JSON Pointer, value in the base version (from) and in the proposal (to). */
    public record Diff(String path, JsonNode from, JsonNode to) {
    }

    public record ResolutionView(String id, String text, String proposalId, String proposedOutcome, Integer revision, String question,
                                 List<String> options, String proposedBy, String status,
                                 int rulebookVersion, Instant openedAt, Instant closesAt, int directors, List<DirectorVote> votes,
                                 Boolean passed, Integer yes, Integer no, Integer abstain, Integer silent, String explanation,
                                 Instant decidedAt) {
        static ResolutionView of(BoardResolution r) {
            List<DirectorVote> votes = BoardVote.of(r.id).stream()
                    .map(v -> new DirectorVote(v.id.personId, v.displayName, v.vote, v.votedAt)).toList();
            return new ResolutionView(r.key(), r.text, r.proposalId, r.proposedOutcome, r.revision, r.question, r.options(), r.proposedBy, r.status, r.rulebookVersion,
                    r.openedAt, r.closesAt, r.directors, votes, r.passed, r.yes, r.no, r.abstain, r.silent, r.explanation, r.decidedAt);
        }
    }

    /** Board votes are on the record: vote is null while the director has not voted. */
    public record DirectorVote(String personId, String name, String vote, Instant votedAt) {
    }
}
