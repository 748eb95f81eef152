package dev.pygov.membership.domain;

import dev.pygov.commons.outbox.Outbox;
import dev.pygov.commons.security.Roles;
import dev.pygov.events.membership.RoleChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/** The authority on who holds which realm role, and the one place RoleChanged events are decided. */
@ApplicationScoped
public class RoleService {

    private static final Logger LOG = Logger.getLogger(RoleService.class);

    /** Realm roles this service decides, and so keeps in step in the identity provider; it never touches others. */
    public static final Set<String> MANAGED = Set.of(Roles.BASIC_MEMBER, Roles.VOTING_MEMBER, Roles.PACKAGING_MEMBER,
            Roles.DIRECTOR, Roles.OFFICER, Roles.EXECUTIVE_DIRECTOR, Roles.COUNCIL_MEMBER, Roles.RETURNING_OFFICER);

    private final Outbox outbox;
    private final EntityManager em;
    private final Clock clock;

    public RoleService(Outbox outbox, EntityManager em, Clock clock) {
        this.outbox = outbox;
        this.em = em;
        this.clock = clock;
    }

    public Set<String> rolesOf(String personId) {
        Instant now = Instant.now(clock);
        Set<String> roles = new TreeSet<>(derivedRolesOf(personId, now));
        RoleAssignment.of(personId).stream().filter(a -> a.heldAt(now)).forEach(a -> roles.add(a.role));
        return roles;
    }

    /**
     * Runs a change to a person's standing and publishes a RoleChanged for each derived role it gave or took away,
     * in the same transaction as the change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T changing(String personId, Supplier<T> change) {
        Instant now = Instant.now(clock);
        Set<String> before = derivedRolesOf(personId, now);
        T result = change.get();
        Set<String> after = derivedRolesOf(personId, now);
        after.stream().filter(r -> !before.contains(r))
                .forEach(r -> outbox.publish(new RoleChanged(personId, r, true, now, null)));
        before.stream().filter(r -> !after.contains(r))
                .forEach(r -> outbox.publish(new RoleChanged(personId, r, false, now, now)));
        if (!before.equals(after)) {
            requestSync(personId, now);
        }
        return result;
    }

    /** Grants a PSF role for a period; the event carries the period, so consumers need no event when it ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RoleAssignment grant(String personId, PsfRole role, Instant from, Instant until, String authority, String grantedBy) {
        RoleAssignment assignment = new RoleAssignment();
        assignment.authority = authority;
        assignment.recordedAt = Instant.now(clock);
        assignment.id = java.util.UUID.randomUUID();
        assignment.personId = personId;
        assignment.role = role.realmRole;
        assignment.heldFrom = from;
        assignment.heldUntil = until;
        assignment.grantedBy = grantedBy;
        assignment.persist();
        outbox.publish(new RoleChanged(personId, role.realmRole, true, from, until));
        requestSync(personId, Instant.now(clock));
        return assignment;
    }

    /** Ends a grant early at {@code at}, recorded (never deleted); consumers hear the shortened period. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RoleAssignment end(RoleAssignment grant, Instant at, String authority, String endedBy) {
        grant.heldUntil = at;
        grant.endedBy = endedBy;
        grant.endAuthority = authority;
        grant.endRecordedAt = Instant.now(clock);
        outbox.publish(new RoleChanged(grant.personId, grant.role, at.isAfter(Instant.now(clock)), grant.heldFrom, at));
        requestSync(grant.personId, Instant.now(clock));
        return grant;
    }

    /**
     * A role election-service decides (council-member for a seat's tenure, returning-officer for an election), held
     * from one instant until another or open-ended. {@code source} names what confers it (a seat, an election), so
     * that the same fact delivered again grants nothing twice and its end finds the grant.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdConferred(String personId, String role, Instant from, Instant until, String source) {
        if (Person.findById(personId) == null) {
            LOG.warnf("%s confers %s on %s, who is not registered here; no role is held until they are", source, role, personId);
            return;
        }
        boolean alreadyHeld = RoleAssignment.<RoleAssignment>stream("personId = ?1 and role = ?2 and grantedBy = ?3", personId, role, source)
                .anyMatch(a -> a.heldUntil == null || a.heldUntil.isAfter(from));
        if (alreadyHeld) {
            return;
        }
        RoleAssignment assignment = new RoleAssignment();
        assignment.id = java.util.UUID.randomUUID();
        assignment.personId = personId;
        assignment.role = role;
        assignment.heldFrom = from;
        assignment.heldUntil = until;
        assignment.grantedBy = source;
        assignment.authority = source;
        assignment.recordedAt = Instant.now(clock);
        assignment.persist();
        outbox.publish(new RoleChanged(personId, role, true, from, until));
        requestSync(personId, Instant.now(clock));
    }

    /** Ends, at {@code at}, every grant of the role that {@code source} conferred and that is still running then. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void endConferred(String role, String source, Instant at) {
        RoleAssignment.<RoleAssignment>list("role = ?1 and grantedBy = ?2", role, source).stream()
                .filter(a -> a.heldUntil == null || a.heldUntil.isAfter(at))
                .forEach(a -> {
                    if (at.isAfter(a.heldFrom)) {
                        a.heldUntil = at;
                    } else {
                        a.delete(); // ended before it began: it was never held
                    }
                    outbox.publish(new RoleChanged(a.personId, role, false, a.heldFrom, at.isAfter(a.heldFrom) ? at : a.heldFrom));
                    requestSync(a.personId, Instant.now(clock));
                });
    }

    /**
     * A role period of this person began or ended between {@code before} and {@code now} (a grant's from/until, a
     * membership class's since/until): publishes the derived roles that changed with it, and syncs the identity
     * provider, which cannot know about dates. Grants need no event here: theirs carried the period.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void periodBoundaryPassed(String personId, Instant before, Instant now) {
        Set<String> then = derivedRolesOf(personId, before);
        Set<String> after = derivedRolesOf(personId, now);
        after.stream().filter(r -> !then.contains(r))
                .forEach(r -> outbox.publish(new RoleChanged(personId, r, true, now, null)));
        then.stream().filter(r -> !after.contains(r))
                .forEach(r -> outbox.publish(new RoleChanged(personId, r, false, now, now)));
        requestSync(personId, Instant.now(clock));
    }

    /** Marks the person for the identity-provider sync, in the transaction of the change (see KeycloakRoleSync). */
    private void requestSync(String personId, Instant now) {
        em.createNativeQuery("INSERT INTO role_sync_pending (person_id, requested_at) VALUES (?1, ?2) "
                        + "ON CONFLICT (person_id) DO UPDATE SET requested_at = EXCLUDED.requested_at")
                .setParameter(1, personId).setParameter(2, now).executeUpdate();
    }

    private Set<String> derivedRolesOf(String personId, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Optional<MembershipClass> currentClass = PsfMembership.latestOf(personId)
                .filter(m -> m.coversDay(today)).map(PsfMembership::membershipClass);
        boolean active = CommunityMember.<CommunityMember>findByIdOptional(personId)
                .map(m -> m.status() == CommunityStatus.ACTIVE).orElse(false);
        return RoleRules.derived(currentClass, active);
    }
}
