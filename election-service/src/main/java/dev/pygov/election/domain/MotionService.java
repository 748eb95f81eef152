package dev.pygov.election.domain;

import dev.pygov.commons.outbox.Outbox;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.events.election.BallotParticipationRecorded;
import dev.pygov.events.election.MotionDecided;
import dev.pygov.events.election.MotionOpened;
import dev.pygov.rulebook.Rulebook;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The council motion aggregate: a councillor proposes, every councillor seated at that moment votes or abstains,
 * and the motion is decided (with its effect, in the same transaction) when all have answered or at its deadline.
 */
@ApplicationScoped
public class MotionService {

    private final EntityManager em;
    private final Outbox outbox;
    private final RulebookService rulebooks;
    private final CouncilService council;
    private final ElectionService elections;

    public MotionService(EntityManager em, Outbox outbox, RulebookService rulebooks, CouncilService council, ElectionService elections) {
        this.em = em;
        this.outbox = outbox;
        this.rulebooks = rulebooks;
        this.council = council;
        this.elections = elections;
    }

    @Transactional
    public Motion propose(String proposerId, MotionProposal proposal, Instant now) {
        CouncilSeat proposerSeat = council.seatOf(proposerId).orElseThrow(() -> notACouncillor("only a sitting councillor proposes motions"));
        Rulebook rulebook = rulebooks.inForce();
        Motion motion = new Motion();
        motion.id = UUID.randomUUID();
        motion.kind = MotionKind.fromWire(proposal.kind(), "kind");
        motion.title = required(proposal.title(), "title");
        motion.text = required(proposal.text(), "text");
        motion.proposedBy = proposerSeat.personId;
        motion.rulebookVersion = rulebook.version();
        motion.openedAt = now;
        motion.deadline = MotionRules.deadline(now, rulebook.councilMotions());
        switch (motion.kind) {
            case GENERAL -> { }
            case NOMINATE_RETURNING_OFFICER -> electionToPrepare(motion, proposal, rulebook);
            case APPOINT_REPLACEMENT -> replacementForVacancy(motion, proposal, now);
            case REPLACE_OUT_OF_TOUCH -> replacementForMissing(motion, proposal, rulebook, now);
            case REMOVE_COMMUNITY_MEMBER -> {
                motion.subjectId = required(proposal.subjectId(), "subjectId");
                CommunityMember member = CommunityMember.findById(motion.subjectId);
                if (member == null || !member.onRoster) {
                    throw ProblemException.rule("not-a-community-member", motion.subjectId + " is not on the Packaging community roster", "subjectId");
                }
            }
        }
        motion.persist();

        List<CouncilSeat> councillors = CouncilSeat.current();
        for (CouncilSeat seat : councillors) {
            MotionVote answer = new MotionVote();
            answer.id = new MotionVote.Key(motion.id, seat.personId);
            answer.displayName = seat.displayName;
            answer.seatId = seat.seatId;
            if (seat.personId.equals(motion.missingCouncillorId)) {
                answer.vote = MotionVote.ABSTAIN;
                answer.recordedAbstention = true;
                answer.votedAt = now;
                // Nothing left for them to do: the notification service stops reminding them.
                outbox.publish(new BallotParticipationRecorded(motion.id.toString(), seat.personId));
            }
            answer.persist();
        }
        outbox.publish(new MotionOpened(motion.id.toString(), motion.kind.wireName(), motion.title, motion.subjectId,
                councillors.stream().map(s -> s.personId).toList(), motion.deadline));
        return motion;
    }

    /**
     * Records (or changes) a councillor's answer; the motion is decided at once when the answers still missing can
     * no longer change its outcome (at the latest, with the last answer).
     */
    @Transactional
    public Motion vote(UUID motionId, String personId, String vote, boolean conflictOfInterest, Instant now) {
        Motion motion = locked(motionId);
        if (motion.decided()) {
            throw ProblemException.conflict("motion-decided", "this motion was decided at " + motion.decidedAt + ": votes are final", "motionId");
        }
        if (!now.isBefore(motion.deadline)) {
            throw ProblemException.conflict("voting-closed", "voting on this motion closed at " + motion.deadline, "motionId");
        }
        MotionVote answer = MotionVote.findById(new MotionVote.Key(motionId, personId));
        if (answer == null) {
            throw notACouncillor("only the councillors seated when this motion opened vote on it");
        }
        if (council.seatOf(personId).isEmpty()) {
            // Listed when the motion opened, but has since left the council: an answer given before still counts.
            throw notACouncillor("you no longer hold a council seat");
        }
        boolean conflicted = conflictOfInterest || answer.conflictOfInterest;
        MotionRules.checkAnswer(vote, conflicted, answer.recordedAbstention);
        if (answer.vote == null) {
            // The first answer: the notification service stops reminding this councillor.
            outbox.publish(new BallotParticipationRecorded(motionId.toString(), personId));
        }
        answer.vote = vote;
        answer.conflictOfInterest = conflicted;
        answer.votedAt = now;
        List<MotionVote> answers = MotionVote.of(motionId);
        Rulebook rulebook = rulebooks.version(motion.rulebookVersion);
        if (MotionRules.settled(answers.stream().map(MotionService::asAnswer).toList(),
                motion.kind.rule(rulebook.councilMotions()).threshold(), rulebook.council().seats())) {
            decide(motion, answers, now, false);
        }
        return motion;
    }

    /**
     * Decides every motion whose deadline passed, each in its own transaction on a row locked with SKIP LOCKED:
     * a concurrent tick (another replica) skips it, and a motion already decided is not found again.
     *
     * @return how many motions were decided
     */
    public int decideOverdue(Instant now) {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "SELECT m.id FROM Motion m WHERE m.decidedAt IS NULL AND m.deadline <= :now ORDER BY m.deadline", UUID.class)
                .setParameter("now", now).getResultList());
        return DueDecisions.decideEach("motion", due, id -> decideIfDue(id, now));
    }

    public Motion get(UUID id) {
        Motion motion = Motion.findById(id);
        if (motion == null) {
            throw ProblemException.notFound("motion", id.toString());
        }
        return motion;
    }

    public List<Motion> all() {
        return Motion.newestFirst();
    }

    public List<MotionVote> answers(UUID motionId) {
        return MotionVote.of(motionId);
    }

    private boolean decideIfDue(UUID id, Instant now) {
        @SuppressWarnings("unchecked")
        List<Motion> locked = em.createNativeQuery("SELECT * FROM council_motion WHERE id = :id AND decided_at IS NULL"
                        + " AND deadline <= :now FOR UPDATE SKIP LOCKED", Motion.class)
                .setParameter("id", id).setParameter("now", now).getResultList();
        if (locked.isEmpty()) {
            return false;
        }
        decide(locked.get(0), MotionVote.of(id), now, true);
        return true;
    }

    private void decide(Motion motion, List<MotionVote> answers, Instant now, boolean deadlinePassed) {
        Rulebook rulebook = rulebooks.version(motion.rulebookVersion);
        MotionRules.Outcome outcome = MotionRules.decide(answers.stream().map(MotionService::asAnswer).toList(),
                motion.kind.rule(rulebook.councilMotions()).threshold(), rulebook.council().seats(), deadlinePassed);
        motion.decidedAt = now;
        motion.passed = outcome.passed();
        motion.yes = outcome.yes();
        motion.no = outcome.no();
        motion.abstain = outcome.abstain();
        motion.silent = outcome.silent();
        String explanation = outcome.explanation();
        if (outcome.passed()) {
            motion.effect = applyEffect(motion, now);
            if (motion.effect != null) {
                explanation += " Effect: " + motion.effect;
            }
        }
        motion.explanation = explanation;
        outbox.publish(new MotionDecided(motion.id.toString(), motion.kind.wireName(), motion.subjectId, outcome.passed(),
                outcome.yes(), outcome.no(), outcome.abstain(), outcome.silent(), explanation, motion.rulebookVersion));
    }

    /** Applies a passed motion's effect in the decision's transaction; says what it did, or why it could not. */
    private String applyEffect(Motion motion, Instant now) {
        String origin = "council motion " + motion.id;
        return switch (motion.kind) {
            case GENERAL -> null;
            case NOMINATE_RETURNING_OFFICER -> {
                if (motion.electionKind == ElectionKind.BY_ELECTION && vacantIn(motion.electionCohort) < 1) {
                    yield "not applied: every seat of cohort " + motion.electionCohort + " is held again.";
                }
                // A by-election's seats are the cohort's vacancies now, whatever they were when the motion opened.
                Election election = elections.create(motion.electionKind, motion.electionCohort, null,
                        motion.subjectId, origin, now);
                motion.createdElectionId = election.id;
                yield "draft " + motion.electionKind.wireName() + " election " + election.id + " created with Returning Officer " + motion.subjectId + ".";
            }
            case APPOINT_REPLACEMENT -> {
                Optional<CouncilService.Vacancy> vacancy = council.vacancy(motion.seatId, now);
                if (vacancy.isEmpty()) {
                    yield "not applied: seat " + motion.seatId + " is no longer vacant.";
                }
                if (council.seatOf(motion.subjectId).isPresent()) {
                    yield "not applied: " + motion.subjectId + " already holds a seat.";
                }
                CouncilSeat seat = council.appoint(vacancy.get(), motion.subjectId, publicName(motion.subjectId), motion.id, now);
                yield motion.subjectId + " appointed to seat " + seat.seatId + " until " + seat.termEnd + ".";
            }
            case REPLACE_OUT_OF_TOUCH -> {
                Optional<CouncilSeat> vacated = council.vacate(motion.missingCouncillorId, "out-of-touch", now);
                if (vacated.isEmpty()) {
                    yield "not applied: " + motion.missingCouncillorId + " no longer holds a seat.";
                }
                CouncilSeat old = vacated.get();
                CouncilService.Vacancy vacancy = new CouncilService.Vacancy(old.seatId, old.cohort, old.termEnd, now, old.endReason, old.personId);
                CouncilSeat seat = council.appoint(vacancy, motion.subjectId, publicName(motion.subjectId), motion.id, now);
                yield motion.missingCouncillorId + " replaced by " + motion.subjectId + " on seat " + seat.seatId + " until " + seat.termEnd + ".";
            }
            case REMOVE_COMMUNITY_MEMBER -> {
                Optional<CouncilSeat> vacated = council.vacate(motion.subjectId, "removed", now);
                yield motion.subjectId + " removed from the Packaging community"
                        + vacated.map(s -> " and from council seat " + s.seatId).orElse("") + ".";
            }
        };
    }

    private void electionToPrepare(Motion motion, MotionProposal proposal, Rulebook rulebook) {
        motion.subjectId = required(proposal.subjectId(), "subjectId");
        ElectionKind kind = ElectionKind.fromWire(proposal.electionKind(), "electionKind");
        if (kind == ElectionKind.WHOLE_COUNCIL) {
            // The council names officers for its own elections; after a dissolution there is no council to do so.
            throw ProblemException.invalid("electionKind", "the council nominates the Returning Officer of a cohort election or a by-election");
        }
        Rulebook.Cohort cohort = rulebook.council().cohorts().stream().filter(c -> c.name().equals(proposal.cohort())).findFirst()
                .orElseThrow(() -> ProblemException.invalid("cohort", "cohort must be one of "
                        + rulebook.council().cohorts().stream().map(Rulebook.Cohort::name).toList() + ", was '" + proposal.cohort() + "'"));
        motion.electionKind = kind;
        motion.electionCohort = cohort.name();
        motion.electionSeats = kind == ElectionKind.BY_ELECTION ? ElectionService.vacantSeats(cohort, proposal.seats()) : null;
    }

    private int vacantIn(String cohort) {
        return rulebooks.inForce().council().cohort(cohort).seats()
                - (int) CouncilSeat.count("endedAt is null and cohort = ?1", cohort);
    }

    private void replacementForVacancy(Motion motion, MotionProposal proposal, Instant now) {
        String seatId = required(proposal.seatId(), "seatId");
        if (council.vacancy(seatId, now).isEmpty()) {
            throw ProblemException.rule("seat-not-vacant", "seat " + seatId
                    + " is not vacant: it is held, or its last holder served the full term", "seatId");
        }
        motion.seatId = seatId;
        motion.subjectId = eligibleReplacement(proposal.subjectId(), null, now);
    }

    private void replacementForMissing(Motion motion, MotionProposal proposal, Rulebook rulebook, Instant now) {
        String missing = required(proposal.missingCouncillorId(), "missingCouncillorId");
        CouncilSeat seat = council.seatOf(missing).orElseThrow(() -> ProblemException.rule("not-a-councillor",
                missing + " holds no council seat", "missingCouncillorId"));
        if (seat.personId.equals(motion.proposedBy)) {
            throw ProblemException.invalid("missingCouncillorId", "a councillor proposing a motion is not out of touch");
        }
        MotionRules.checkOutOfTouch(proposal.outOfTouchSince(), now, rulebook.council());
        motion.missingCouncillorId = missing;
        motion.outOfTouchSince = proposal.outOfTouchSince();
        motion.seatId = seat.seatId;
        motion.subjectId = eligibleReplacement(proposal.subjectId(), missing, now);
    }

    /** A replacement must be a community member in good standing, not already seated, within the employer limit. */
    private String eligibleReplacement(String personId, String leaving, Instant now) {
        String replacement = required(personId, "subjectId");
        CommunityMember member = CommunityMember.findById(replacement);
        if (member == null || !member.inGoodStanding()) {
            throw ProblemException.rule("not-a-community-member",
                    replacement + " is not a Packaging community member in good standing", "subjectId");
        }
        if (council.seatOf(replacement).isPresent()) {
            throw ProblemException.rule("already-a-councillor", replacement + " already holds a council seat", "subjectId");
        }
        int limit = rulebooks.inForce().council().employerLimit();
        EmployerLimit.brokenBy(council.employerRoots(replacement, now), council.councillorRoots(now, leaving), limit)
                .ifPresent(root -> {
                    throw ProblemException.rule("employer-limit", "appointing " + replacement + " would seat more than " + limit
                            + " councillors affiliated with " + root, "subjectId");
                });
        return replacement;
    }

    private Motion locked(UUID id) {
        Motion motion = em.find(Motion.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (motion == null) {
            throw ProblemException.notFound("motion", id.toString());
        }
        return motion;
    }

    private static String publicName(String personId) {
        CommunityMember member = CommunityMember.findById(personId);
        return member == null ? personId : member.publicName();
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, field + " is required for this motion");
        }
        return value.strip();
    }

    private static ProblemException notACouncillor(String detail) {
        return new ProblemException(403, "not-a-councillor", "Not allowed", detail, "councillor");
    }

    private static MotionRules.Answer asAnswer(MotionVote vote) {
        return new MotionRules.Answer(vote.displayName, vote.vote, vote.conflictOfInterest, vote.recordedAbstention);
    }
}
