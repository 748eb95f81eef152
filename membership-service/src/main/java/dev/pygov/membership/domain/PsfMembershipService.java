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
    private final Clock clock;

    public PsfMembershipService(PersonService people, RoleService roles, Outbox outbox, Clock clock) {
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

    @Transactional
    public RoleAssignment grantRole(String personId, PsfRole role, Instant from, Instant until, String grantedBy) {
        people.require(personId, "personId");
        if (until != null && !until.isAfter(from)) {
            throw ProblemException.invalid("until", "the role must end (" + until + ") after it starts (" + from + ")");
        }
        return roles.grant(personId, role, from, until, grantedBy);
    }

    public List<PsfMembership> historyOf(String personId) {
        return PsfMembership.list("personId = ?1 ORDER BY since", personId);
    }

    public List<RoleAssignment> rolesHeldBy(String personId) {
        return RoleAssignment.of(personId);
    }
}
