package dev.pygov.membership.domain;

import dev.pygov.commons.outbox.Outbox;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.events.election.VoteDecided;
import dev.pygov.events.membership.AdmissionCalled;
import dev.pygov.events.membership.AdmissionVoteRequested;
import dev.pygov.commons.rulebook.RulebookLedger;
import dev.pygov.rulebook.Rulebook;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Admission of a new community member (seed: "Adding a new member"): a call, a second within the window, the vote
 * election-service runs, and its outcome. Methods take "now" so tests control time.
 */
@ApplicationScoped
public class AdmissionService {

    private static final Logger LOG = Logger.getLogger(AdmissionService.class);

    private final PersonService people;
    private final RosterService roster;
    private final Outbox outbox;
    private final RulebookLedger rulebooks;

    public AdmissionService(PersonService people, RosterService roster, Outbox outbox, RulebookLedger rulebooks) {
        this.people = people;
        this.roster = roster;
        this.outbox = outbox;
        this.rulebooks = rulebooks;
    }

    @Transactional
    public AdmissionCall call(String candidatePersonId, String caller, String channelUrl, Instant now) {
        requireActiveMember(caller);
        Person candidate = people.require(candidatePersonId, "candidatePersonId");
        Optional<CommunityMember> onRoster = roster.find(candidatePersonId);
        if (onRoster.isPresent() && onRoster.get().status() != CommunityStatus.REMOVED) {
            throw ProblemException.conflict("already-on-roster", candidatePersonId + " is already a community member", "candidatePersonId");
        }
        if (AdmissionCall.pendingFor(candidatePersonId)) {
            throw ProblemException.conflict("call-pending", "a call to admit " + candidatePersonId + " is already pending", "candidatePersonId");
        }
        AdmissionCall call = new AdmissionCall();
        call.id = UUID.randomUUID();
        call.candidatePersonId = candidatePersonId;
        call.calledBy = caller;
        call.calledAt = now;
        call.channelUrl = channelUrl;
        Rulebook rulebook = rulebooks.inForceAt(now);
        call.secondingDeadline = now.plus(Duration.ofDays(rulebook.communityVotes().admission().secondingDays()));
        call.status = Wire.of(AdmissionStatus.AWAITING_SECOND);
        call.rulebookVersion = rulebook.version();
        call.persist();
        outbox.publish(new AdmissionCalled(call.id.toString(), candidatePersonId, candidate.displayName, caller, channelUrl,
                call.secondingDeadline));
        return call;
    }

    /** A second starts the vote: election-service opens it on the AdmissionVoteRequested event. */
    @Transactional
    public AdmissionCall second(UUID callId, String seconder, Instant now) {
        AdmissionCall call = require(callId);
        requireActiveMember(seconder);
        AdmissionRules.checkSecond(call.status(), call.calledBy, call.secondingDeadline, seconder, now);
        call.secondedBy = seconder;
        call.secondedAt = now;
        call.status = Wire.of(AdmissionStatus.VOTING);
        Person candidate = people.require(call.candidatePersonId, "candidatePersonId");
        outbox.publish(new AdmissionVoteRequested(call.id.toString(), call.candidatePersonId, candidate.displayName,
                call.calledBy, seconder, now));
        return call;
    }

    /** Calls whose seconding window closed without a second lapse; returns how many did. */
    @Transactional
    public int lapseUnseconded(Instant now) {
        List<AdmissionCall> overdue = AdmissionCall.list("status = ?1 AND secondingDeadline <= ?2",
                Wire.of(AdmissionStatus.AWAITING_SECOND), now);
        overdue.forEach(call -> {
            call.status = Wire.of(AdmissionStatus.LAPSED);
            call.decidedAt = now;
            call.outcomeExplanation = "not seconded before " + call.secondingDeadline;
        });
        return overdue.size();
    }

    /** election-service decided the admission vote: admit the candidate, or record the rejection. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(VoteDecided vote, Instant now) {
        Optional<AdmissionCall> found = parse(vote.subjectId()).flatMap(id -> AdmissionCall.<AdmissionCall>findByIdOptional(id));
        if (found.isEmpty() || found.get().status() != AdmissionStatus.VOTING) {
            LOG.warnf("admission vote %s decided for call %s, which is not awaiting a vote here; ignored", vote.voteId(), vote.subjectId());
            return;
        }
        AdmissionCall call = found.get();
        boolean admitted = vote.passed() && vote.quorumMet();
        call.voteId = vote.voteId();
        call.decidedAt = now;
        call.outcomeExplanation = vote.explanation();
        call.status = Wire.of(admitted ? AdmissionStatus.ADMITTED : AdmissionStatus.REJECTED);
        if (admitted) {
            roster.admit(call.candidatePersonId, vote.voteId());
        }
    }

    public AdmissionCall require(UUID callId) {
        return AdmissionCall.<AdmissionCall>findByIdOptional(callId)
                .orElseThrow(() -> Refusals.unknown("admission call", "callId", String.valueOf(callId)));
    }

    public List<AdmissionCall> list(AdmissionStatus status, int page, int size) {
        var query = status == null ? AdmissionCall.<AdmissionCall>find("ORDER BY calledAt DESC")
                : AdmissionCall.<AdmissionCall>find("status = ?1 ORDER BY calledAt DESC", Wire.of(status));
        return query.page(Page.of(page, size)).list();
    }

    private void requireActiveMember(String personId) {
        if (!roster.isActive(personId)) {
            throw Refusals.notAnActiveCommunityMember(personId);
        }
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
