package dev.pygov.membership.domain;

import dev.pygov.commons.outbox.Outbox;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.events.membership.MembershipClassChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** PSF membership classes and the PSF roles held for a period. */
@ApplicationScoped
public class PsfMembershipService {

    private final PersonService people;
    private final RoleService roles;
    private final Outbox outbox;
    private final AffiliationService affiliations;
    private final Clock clock;

    public PsfMembershipService(PersonService people, RoleService roles, AffiliationService affiliations, Outbox outbox, Clock clock) {
        this.affiliations = affiliations;
        this.people = people;
        this.roles = roles;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Starts a period in {@code membershipClass}; the open period before it ends the day this one starts. */
    @Transactional
    public PsfMembership setClass(String personId, MembershipClass membershipClass, LocalDate since, LocalDate until) {
        people.require(personId, "personId");
        if (until != null && until.isBefore(since)) {
            throw ProblemException.invalid("until", "the membership cannot end (" + until + ") before it starts (" + since + ")");
        }
        return roles.changing(personId, () -> {
            PsfMembership.latestOf(personId).ifPresent(previous -> {
                if (!since.isAfter(previous.since)) {
                    throw ProblemException.conflict("membership-period-overlap", "the current period in class "
                            + previous.membershipClass + " started " + previous.since + "; a new class must start after it", "since");
                }
                if (previous.until == null || previous.until.isAfter(since)) {
                    previous.until = since;
                }
            });
            PsfMembership period = new PsfMembership();
            period.id = UUID.randomUUID();
            period.personId = personId;
            period.membershipClass = Wire.of(membershipClass);
            period.since = since;
            period.until = until;
            period.recordedAt = Instant.now(clock);
            period.persist();
            outbox.publish(new MembershipClassChanged(personId, period.membershipClass, membershipClass.votes(), since, until));
            return period;
        });
    }

    /**
     * Records a PSF role the Board or a PSF election conferred (decision 0408): the recorder is never the person, and
     * the grant names its authority.
     */
    @Transactional
    public RoleAssignment grantRole(String personId, PsfRole role, Instant from, Instant until, String authority, String grantedBy) {
        RoleRules.checkNotSelf(personId, grantedBy);
        people.require(personId, "personId");
        RoleRules.checkAuthority(authority);
        if (until != null && !until.isAfter(from)) {
            throw ProblemException.invalid("until", "the role must end (" + until + ") after it starts (" + from + ")");
        }
        RoleAssignment grant = roles.grant(personId, role, from, until, authority.strip(), grantedBy);
        Affiliation affiliation = affiliations.declare(personId, Organisation.PSF, role.affiliation, day(from),
                until == null ? null : day(until), grantedBy, true);
        affiliation.roleAssignmentId = grant.id;
        return grant;
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    /** Ends a granted PSF role period early, at {@code at}; the grant is kept with who ended it and on what authority. */
    @Transactional
    public RoleAssignment endRole(String personId, UUID grantId, Instant at, String authority, String endedBy) {
        RoleRules.checkNotSelf(personId, endedBy);
        people.require(personId, "personId");
        RoleRules.checkAuthority(authority);
        RoleAssignment grant = RoleAssignment.<RoleAssignment>findByIdOptional(grantId)
                .filter(a -> a.personId.equals(personId))
                .orElseThrow(() -> ProblemException.notFound("role period", grantId.toString()));
        if (java.util.Arrays.stream(PsfRole.values()).noneMatch(r -> r.realmRole.equals(grant.role))) {
            throw ProblemException.rule("role-conferred-elsewhere", grant.role + " follows the council's seats and elections; "
                    + "it ends with them, not by hand", "grantId");
        }
        if (grant.endedBy != null || (grant.heldUntil != null && !grant.heldUntil.isAfter(at))) {
            throw ProblemException.conflict("role-already-ended", "this role period ends " + grant.heldUntil + ", not after " + at, "at");
        }
        if (!at.isAfter(grant.heldFrom)) {
            throw ProblemException.invalid("at", "a role period ends after it began (" + grant.heldFrom + ")");
        }
        RoleAssignment ended = roles.end(grant, at, authority.strip(), endedBy);
        Affiliation.<Affiliation>list("roleAssignmentId", grantId).forEach(a -> affiliations.end(a.id, day(at), endedBy, true));
        return ended;
    }

    public List<PsfMembership> historyOf(String personId) {
        return PsfMembership.list("personId = ?1 ORDER BY since", personId);
    }

    public List<RoleAssignment> rolesHeldBy(String personId) {
        return RoleAssignment.of(personId);
    }
}
