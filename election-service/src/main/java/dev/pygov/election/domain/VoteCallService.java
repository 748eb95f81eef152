package dev.pygov.election.domain;

import dev.pygov.commons.outbox.Outbox;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.events.election.VoteCallChanged;
import dev.pygov.rulebook.Rulebook;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Calls for community votes that need a second (seed 000: a community member calls, another seconds within the
 * rulebook's secondingDays). Seconding opens the vote; a call nobody seconded in time lapses, exactly once.
 */
@ApplicationScoped
public class VoteCallService {

    private static final Logger LOG = Logger.getLogger(VoteCallService.class);

    private final EntityManager em;
    private final Outbox outbox;
    private final RulebookService rulebooks;
    private final VoteService votes;
    private final CouncilService council;

    public VoteCallService(EntityManager em, Outbox outbox, RulebookService rulebooks, VoteService votes, CouncilService council) {
        this.em = em;
        this.outbox = outbox;
        this.rulebooks = rulebooks;
        this.votes = votes;
        this.council = council;
    }

    /** A community member calls for a vote of no confidence in one sitting councillor or the whole council. */
    @Transactional
    public VoteCall callNoConfidence(String callerId, String target, String personId, String statement, Instant now) {
        requireCommunityMember(callerId, "caller");
        Optional<CouncilSeat> seat = personId == null ? Optional.empty() : council.seatOf(personId);
        String subject = NoConfidence.subject(target, personId, seat.map(s -> s.displayName), !CouncilSeat.current().isEmpty());
        requireStatement(statement);
        boolean pending = VoteCall.count("kind = ?1 and subjectId = ?2 and status = ?3", VoteKind.NO_CONFIDENCE.wireName(), subject, VoteCall.CALLED) > 0
                || Vote.count("kind = ?1 and subjectId = ?2 and status = ?3", VoteKind.NO_CONFIDENCE.wireName(), subject, Vote.OPEN) > 0;
        if (pending) {
            throw ProblemException.conflict("no-confidence-pending", "a no-confidence call or vote on this target is already under way", "target");
        }
        String question = NoConfidence.question(subject, seat.map(s -> s.displayName).orElse(subject));
        return call(VoteKind.NO_CONFIDENCE, subject, question, statement.strip(), callerId,
                rulebooks.inForce().communityVotes().noConfidence(), now);
    }

    /** A call awaiting a second, under the rule's secondingDays (at least one day: a rule of 0 opens without a call). */
    @Transactional(Transactional.TxType.MANDATORY)
    public VoteCall call(VoteKind kind, String subjectId, String question, String statement, String callerId, Rulebook.VoteRule rule, Instant now) {
        VoteCall call = new VoteCall();
        call.id = UUID.randomUUID();
        call.kind = kind.wireName();
        call.subjectId = subjectId;
        call.question = question;
        call.statement = statement;
        call.status = VoteCall.CALLED;
        call.calledBy = callerId;
        call.calledAt = now;
        call.secondDeadline = now.plus(Duration.ofDays(rule.secondingDays()));
        call.persist();
        changed(call, now);
        return call;
    }

    /** Another community member seconds the call before its deadline: the vote opens now. */
    @Transactional
    public VoteCall second(UUID callId, String seconderId, Instant now) {
        VoteCall call = locked(callId);
        if (!VoteCall.CALLED.equals(call.status)) {
            throw ProblemException.conflict("call-not-awaiting-second", "this call was already " + call.status, "callId");
        }
        if (!now.isBefore(call.secondDeadline)) {
            throw ProblemException.rule("second-too-late", "the call could be seconded until " + call.secondDeadline + " (UTC)", "callId");
        }
        if (call.calledBy.equals(seconderId)) {
            throw ProblemException.rule("caller-cannot-second", "the call must be seconded by another community member", "seconder");
        }
        requireCommunityMember(seconderId, "seconder");
        if (VoteKind.NO_CONFIDENCE.wireName().equals(call.kind) && !NoConfidence.COUNCIL.equals(call.subjectId)
                && council.seatOf(call.subjectId).isEmpty()) {
            throw ProblemException.conflict("not-a-sitting-councillor", call.subjectId + " no longer holds a council seat", "callId");
        }
        Vote vote = votes.open(VoteKind.fromWire(call.kind, "kind"), call.subjectId, call.question, List.of(), now);
        call.status = VoteCall.SECONDED;
        call.secondedBy = seconderId;
        call.secondedAt = now;
        call.voteId = vote.id;
        if (VoteKind.GOVERNANCE_CHANGE.wireName().equals(call.kind)) {
            GovernanceChange.update("voteId = ?1, status = ?2 where callId = ?3", vote.id, GovernanceChange.VOTING, call.id);
        }
        changed(call, now);
        return call;
    }

    /** Lapses every call whose second deadline passed, each in its own transaction under its row lock. */
    public int lapseDue(Instant now) {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "SELECT c.id FROM VoteCall c WHERE c.status = :called AND c.secondDeadline <= :now", UUID.class)
                .setParameter("called", VoteCall.CALLED).setParameter("now", now).getResultList());
        int lapsed = 0;
        for (UUID id : due) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> lapseIfDue(id, now))) {
                    lapsed++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "vote call %s: could not lapse", id);
            }
        }
        return lapsed;
    }

    private boolean lapseIfDue(UUID id, Instant now) {
        VoteCall call = locked(id);
        if (!VoteCall.CALLED.equals(call.status) || now.isBefore(call.secondDeadline)) {
            return false;
        }
        call.status = VoteCall.LAPSED;
        call.lapsedAt = now;
        if (VoteKind.GOVERNANCE_CHANGE.wireName().equals(call.kind)) {
            GovernanceChange.update("status = ?1, decidedAt = ?2 where callId = ?3", GovernanceChange.LAPSED, now, call.id);
        }
        changed(call, now);
        return true;
    }

    public VoteCall get(UUID id) {
        VoteCall call = VoteCall.findById(id);
        if (call == null) {
            throw ProblemException.notFound("vote call", id.toString());
        }
        return call;
    }

    public List<VoteCall> all(VoteKind kind) {
        return VoteCall.list("kind = ?1 order by calledAt desc, id", kind.wireName());
    }

    static void requireCommunityMember(String personId, String field) {
        CommunityMember member = CommunityMember.findById(personId);
        if (member == null || !member.inGoodStanding()) {
            throw ProblemException.rule("not-a-community-member", "only a Packaging community member in good standing may do this", field);
        }
    }

    static void requireStatement(String statement) {
        if (statement == null || statement.isBlank()) {
            throw ProblemException.invalid("statement", "a call needs a public statement");
        }
    }

    private void changed(VoteCall call, Instant now) {
        outbox.publish(new VoteCallChanged(call.key(), call.kind, call.subjectId, call.status, call.calledBy, call.secondedBy,
                call.secondDeadline, call.voteId == null ? null : call.voteId.toString(), now));
    }

    private VoteCall locked(UUID id) {
        VoteCall call = em.find(VoteCall.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (call == null) {
            throw ProblemException.notFound("vote call", id.toString());
        }
        return call;
    }
}
