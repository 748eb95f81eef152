package dev.pygov.election.api;

import dev.pygov.election.domain.CouncilSeat;
import dev.pygov.election.domain.CouncilService;
import dev.pygov.election.domain.EmployerLimit;
import dev.pygov.election.domain.Motion;
import dev.pygov.election.domain.MotionVote;

import java.time.Instant;
import java.util.List;

/** Response bodies of the council motion and seat API. Instants are UTC. */
public final class MotionViews {

    private MotionViews() {
    }

    /**
     * Each councillor's answer. While the motion is open only whether they answered and their conflict declarations
     * are shown; once decided, the vote itself ({@code not-voted} for the silent).
     */
    public record CouncillorView(String personId, String name, String seatId, String vote, boolean answered,
                                 boolean conflictOfInterest, boolean recordedAbstention, Instant answeredAt) {
        static CouncillorView of(MotionVote v, boolean decided) {
            String vote = !decided ? null : v.vote == null ? "not-voted" : v.vote;
            return new CouncillorView(v.personId(), v.displayName, v.seatId, vote, v.vote != null, v.conflictOfInterest,
                    v.recordedAbstention, v.votedAt);
        }
    }

    public record MotionView(String id, String kind, String title, String text, String proposedBy, String subjectId,
                             String electionKind, String cohort, Integer seats, String seatId, String missingCouncillorId,
                             Instant outOfTouchSince, int rulebookVersion, String timeZone, Instant openedAt, Instant deadline,
                             String status, Instant decidedAt, Integer yes, Integer no, Integer abstain, Integer silent,
                             String explanation, String effect, String createdElectionId, List<CouncillorView> councillors,
                             List<Awaited> notYetAnswered) {
        static MotionView of(Motion m, List<MotionVote> answers) {
            return new MotionView(m.id.toString(), m.kind.wireName(), m.title, m.text, m.proposedBy, m.subjectId,
                    m.electionKind == null ? null : m.electionKind.wireName(), m.electionCohort, m.electionSeats, m.seatId,
                    m.missingCouncillorId, m.outOfTouchSince, m.rulebookVersion, "UTC", m.openedAt, m.deadline, m.status(),
                    m.decidedAt, m.yes, m.no, m.abstain, m.silent, m.explanation, m.effect,
                    m.createdElectionId == null ? null : m.createdElectionId.toString(),
                    answers.stream().map(a -> CouncillorView.of(a, m.decided())).toList(),
                    m.decided() ? List.of() : answers.stream().filter(a -> a.vote == null).map(a -> new Awaited(a.personId(), a.displayName)).toList());
        }
    }

    /** A councillor listed on an open motion who has neither voted nor abstained yet. */
    public record Awaited(String personId, String name) {
    }

    /** Entities with more councillors than the employer limit: the councillors listed must resolve it. */
    public record BreachView(String entityRootId, int limit, List<String> councillorIds) {
        static BreachView of(EmployerLimit.Breach b) {
            return new BreachView(b.entityRootId(), b.limit(), b.councillorIds());
        }
    }

    /**
     * A seat of the council now: held (holder, how they got it, term) or vacant (since when, why, the term a
     * replacement would serve out). A held seat whose holder is part of an employer-limit breach says so.
     */
    public record SeatView(String seatId, String cohort, String status, String personId, String name, String electionId,
                           String appointedByMotionId, Instant termStart, Instant termEnd, Instant endedAt,
                           Instant vacantSince, String vacancyReason, String previousHolderId,
                           List<BreachView> employerLimitBreaches) {
        static SeatView held(CouncilSeat s, List<EmployerLimit.Breach> breaches) {
            return new SeatView(s.seatId, s.cohort, "held", s.personId, s.displayName, string(s.electionId), string(s.motionId),
                    s.termStart, s.termEnd, s.endedAt, null, null, null,
                    breaches.stream().filter(b -> b.councillorIds().contains(s.personId)).map(BreachView::of).toList());
        }

        static SeatView vacant(CouncilService.Vacancy v) {
            return new SeatView(v.seatId(), v.cohort(), "vacant", null, null, null, null, null, v.termEnd(), null,
                    v.since(), v.reason(), v.previousHolderId(), List.of());
        }

        /** A past or present tenure, for the history. */
        static SeatView tenure(CouncilSeat s) {
            return new SeatView(s.seatId, s.cohort, s.endedAt == null ? "held" : "ended", s.personId, s.displayName,
                    string(s.electionId), string(s.motionId), s.termStart, s.termEnd, s.endedAt, null, s.endReason, null, List.of());
        }

        private static String string(Object id) {
            return id == null ? null : id.toString();
        }
    }
}
