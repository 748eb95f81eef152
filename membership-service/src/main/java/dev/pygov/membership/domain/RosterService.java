package dev.pygov.membership.domain;

import dev.pygov.commons.outbox.Outbox;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.events.membership.CommunityMemberJoined;
import dev.pygov.events.membership.CommunityStatusChanged;
import dev.pygov.commons.rulebook.RulebookLedger;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The Packaging community roster: who joined and how, who is active, inactive or removed, and why. */
@ApplicationScoped
public class RosterService {

    public record Listing(List<CommunityMember> members, long total) {
    }

    private final PersonService people;
    private final RoleService roles;
    private final Outbox outbox;
    private final RulebookLedger rulebooks;
    private final EntityManager em;
    private final Clock clock;

    public RosterService(PersonService people, RoleService roles, Outbox outbox, RulebookLedger rulebooks, EntityManager em, Clock clock) {
        this.em = em;
        this.people = people;
        this.roles = roles;
        this.outbox = outbox;
        this.rulebooks = rulebooks;
        this.clock = clock;
    }

    /** An admin's correction of the roster after initial membership ended: who made it and why. */
    public record Correction(String adminId, String reason) {
    }

    /**
     * Records an initial member (seed: "Initial membership") with why they qualify, while initial membership is open
     * (until the first council election is certified; decision 0409). After it, a person joins only by an admission
     * vote ({@link #admit}), or by an admin's {@code correction}, which names its reason.
     */
    @Transactional
    public CommunityMember join(String personId, JoinSource source, String nominatingOrganisation, String qualification,
                                Correction correction) {
        people.require(personId, "personId");
        if (source == JoinSource.ADMITTED_BY_VOTE) {
            throw ProblemException.invalid("joinSource", "admitted-by-vote is recorded by the admission vote itself, not by hand");
        }
        if (qualification == null || qualification.isBlank() || qualification.length() > 1000) {
            throw ProblemException.invalid("qualification", "say why they qualify as an initial member (which triage or commit "
                    + "bit or PyPA project, Packaging WG charter listing, core team, nomination), 1 to 1000 characters");
        }
        RosterPhase phase = em.find(RosterPhase.class, RosterPhase.ONLY, LockModeType.PESSIMISTIC_READ);
        if (!phase.initialOpen()) {
            if (correction == null) {
                throw ProblemException.rule("initial-membership-ended", "initial membership ended when council election "
                        + phase.initialEndedBy + " was certified (" + phase.initialEndedAt + "); a person now joins by an "
                        + "admission vote, or an admin corrects the roster with a reason", "joinSource");
            }
            if (correction.reason() == null || correction.reason().isBlank() || correction.reason().length() > 1000) {
                throw ProblemException.invalid("reason", "an admin's correction of the roster names its reason (1 to 1000 characters)");
            }
        }
        if (CommunityMember.findByIdOptional(personId).isPresent()) {
            throw ProblemException.conflict("already-on-roster", personId + " is already on the Packaging community roster", "personId");
        }
        if (source == JoinSource.WIDER_COMMUNITY_NOMINEE) {
            checkNominator(nominatingOrganisation);
        } else if (nominatingOrganisation != null) {
            throw ProblemException.invalid("nominatingOrganisation", "only wider-community nominees have a nominating organisation");
        }
        boolean corrected = !phase.initialOpen();
        CommunityMember member = enrol(personId, source, nominatingOrganisation, corrected
                ? "added by " + correction.adminId() + " as a correction (" + correction.reason().strip() + "), as " + Wire.of(source)
                : "joined as " + Wire.of(source) + ": " + qualification.strip());
        member.qualification = qualification.strip();
        return member;
    }

    /**
     * A council election was certified: the first certification ends initial membership (later ones change nothing).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void councilElectionCertified(String electionId, Instant certifiedAt) {
        RosterPhase phase = em.find(RosterPhase.class, RosterPhase.ONLY, LockModeType.PESSIMISTIC_WRITE);
        if (phase.initialOpen()) {
            phase.initialEndedAt = certifiedAt;
            phase.initialEndedBy = electionId;
        }
    }

    public RosterPhase phase() {
        return RosterPhase.current();
    }

    /** The admission vote passed: the candidate joins (or, if once removed, rejoins) the roster. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CommunityMember admit(String personId, String voteId) {
        Optional<CommunityMember> existing = CommunityMember.findByIdOptional(personId);
        if (existing.isPresent()) {
            CommunityMember member = existing.get();
            member.joinSource = Wire.of(JoinSource.ADMITTED_BY_VOTE);
            member.nominatingOrganisation = null;
            changeStatus(member, CommunityStatus.ACTIVE, "admitted by community vote " + voteId);
            return member;
        }
        return enrol(personId, JoinSource.ADMITTED_BY_VOTE, null, "admitted by community vote " + voteId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void markInactive(CommunityMember member, String reason) {
        changeStatus(member, CommunityStatus.INACTIVE, reason);
    }

    /** A written request to resume participation makes an inactive member active again, from the next roll on. */
    @Transactional
    public ResumptionRequest resume(String personId, String text) {
        CommunityMember member = requireMember(personId);
        if (member.status() != CommunityStatus.INACTIVE) {
            throw ProblemException.conflict("not-inactive", personId + " is " + member.status
                    + "; only an inactive member resumes participation", "status");
        }
        ResumptionRequest request = new ResumptionRequest();
        request.id = UUID.randomUUID();
        request.personId = personId;
        request.text = text;
        request.requestedAt = Instant.now(clock);
        request.persist();
        member.missedElections = 0;
        changeStatus(member, CommunityStatus.ACTIVE, "resumed participation in writing");
        return request;
    }

    /** Removal against the member's will, decided by a council vote. Returns false when there was nobody to remove. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean remove(String personId, String reason) {
        Optional<CommunityMember> member = CommunityMember.findByIdOptional(personId);
        if (member.isEmpty() || member.get().status() == CommunityStatus.REMOVED) {
            return false;
        }
        changeStatus(member.get(), CommunityStatus.REMOVED, reason);
        return true;
    }

    public Optional<CommunityMember> find(String personId) {
        return CommunityMember.findByIdOptional(personId);
    }

    public CommunityMember requireMember(String personId) {
        return find(personId).orElseThrow(() -> Refusals.unknown("community member", "personId", personId));
    }

    public boolean isActive(String personId) {
        return find(personId).map(m -> m.status() == CommunityStatus.ACTIVE).orElse(false);
    }

    public List<CommunityStatusEntry> historyOf(String personId) {
        requireMember(personId);
        return CommunityStatusEntry.historyOf(personId);
    }

    public Listing list(CommunityStatus status, JoinSource source, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (status != null) {
            where.append(" AND status = :status");
            params.and("status", Wire.of(status));
        }
        if (source != null) {
            where.append(" AND joinSource = :source");
            params.and("source", Wire.of(source));
        }
        var query = CommunityMember.<CommunityMember>find(where + " ORDER BY joinedAt, personId", params);
        return new Listing(query.page(Page.of(page, size)).list(), query.count());
    }

    private void checkNominator(String organisationId) {
        if (organisationId == null || organisationId.isBlank()) {
            throw ProblemException.invalid("nominatingOrganisation", "a wider-community nominee needs the organisation that nominated them");
        }
        // Locking the organisation serialises concurrent nominations, so the cap holds under concurrency too.
        Organisation organisation = Organisation.<Organisation>findByIdOptional(organisationId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Refusals.unknown("organisation", "nominatingOrganisation", organisationId));
        if (organisation.kind() != OrganisationKind.NON_PROFIT) {
            throw ProblemException.rule("nominator-not-non-profit", "only non-profit organisations nominate wider-community members; "
                    + organisationId + " is a " + organisation.kind, "nominatingOrganisation");
        }
        NomineeCap.check(organisationId, CommunityMember.nomineesOf(organisationId), rulebooks.inForce().community().widerCommunityNomineeCap());
    }

    private CommunityMember enrol(String personId, JoinSource source, String nominatingOrganisation, String reason) {
        return roles.changing(personId, () -> {
            CommunityMember member = new CommunityMember();
            member.personId = personId;
            member.joinSource = Wire.of(source);
            member.nominatingOrganisation = nominatingOrganisation;
            member.status = Wire.of(CommunityStatus.ACTIVE);
            member.joinedAt = Instant.now(clock);
            member.persist();
            recordHistory(member, reason);
            outbox.publish(new CommunityMemberJoined(personId, member.joinSource, nominatingOrganisation, member.joinedAt));
            return member;
        });
    }

    private void changeStatus(CommunityMember member, CommunityStatus status, String reason) {
        roles.changing(member.personId, () -> {
            member.status = Wire.of(status);
            recordHistory(member, reason);
            outbox.publish(new CommunityStatusChanged(member.personId, member.status, reason, Instant.now(clock)));
            return member;
        });
    }

    private void recordHistory(CommunityMember member, String reason) {
        CommunityStatusEntry entry = new CommunityStatusEntry();
        entry.id = UUID.randomUUID();
        entry.personId = member.personId;
        entry.status = member.status;
        entry.reason = reason;
        entry.at = Instant.now(clock);
        entry.rulebookVersion = rulebooks.inForce().version();
        entry.persist();
    }
}
