package dev.pygov.election.api;

import dev.pygov.election.domain.Candidate;
import dev.pygov.election.domain.Election;
import dev.pygov.election.domain.Phase;

import java.time.Instant;
import java.util.Map;

/** Response bodies of the election API. Deadlines are instants in UTC, and say so. */
public final class Views {

    private Views() {
    }

    public record ElectionView(String id, String kind, String cohort, int seats, String phase, int rulebookVersion,
                               String returningOfficerId, String timeZone, Instant nominationsOpenAt,
                               Instant nominationsCloseAt, Instant votingCloseAt, Instant nextDeadline,
                               String seedCommitment, String seed, String finalStep, Integer electorateSize,
                               Integer ballotsCast, Instant certifiedAt, Instant tieAgreementUntil) {
        static ElectionView of(Election e) {
            return new ElectionView(e.key(), e.kind.wireName(), e.cohort, e.seats, e.phase.wireName(), e.rulebookVersion,
                    e.returningOfficerId, "UTC", e.nominationsOpenAt, e.nominationsCloseAt, e.votingCloseAt, e.nextDeadline(),
                    e.seedCommitment, e.seedRevealed ? e.seed : null, e.finalStep, e.electorateSize,
                    e.certifiedAt == null ? null : e.ballotsCast, e.certifiedAt,
                    e.phase == Phase.TIE_PENDING ? e.tieAgreementUntil : null);
        }
    }

    public record CandidateView(String personId, String ballotName, String statement, Instant nominatedAt) {
        static CandidateView of(Candidate c) {
            return new CandidateView(c.personId(), c.ballotName, c.statement, c.nominatedAt);
        }
    }

    /** The ballot key is shown once, when the ballot is first cast: keep it to replace or check the ballot. */
    public record ReceiptView(String tracker, String ballotKey) {
    }

    public record BallotView(String tracker, Map<String, Integer> scores) {
    }

    public record RulebookView(int version, Instant inForceSince, Object document) {
    }
}
