package dev.pygov.membership;

import dev.pygov.commons.security.Roles;
import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.events.membership.RoleChanged;
import dev.pygov.membership.domain.MembershipClass;
import dev.pygov.membership.domain.PsfMembershipService;
import dev.pygov.membership.domain.PsfRole;
import dev.pygov.membership.domain.RolePeriods;
import dev.pygov.membership.domain.RoleService;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** A membership class that runs out and a director's term that ends take their roles with them, once, by date. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class RolePeriodsTest {

    @Inject
    Fixtures fixtures;
    @Inject
    PsfMembershipService memberships;
    @Inject
    RoleService roles;
    @Inject
    RolePeriods periods;
    @Inject
    EntityManager em;

    @Test
    void rolesLapseWhenTheirPeriodEndsAndThePassAppliesEachBoundaryOnce() {
        String person = fixtures.person("lapsing");
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Fixtures.tx(() -> {
            memberships.setClass(person, MembershipClass.SUPPORTING, today.minusYears(1), today.plusDays(2));
            memberships.grantRole(person, PsfRole.DIRECTOR, now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(1)), "Board resolution 2026-01", "officer1");
            return null;
        });
        assertThat(roles.rolesOf(person)).contains(Roles.VOTING_MEMBER, Roles.DIRECTOR);
        Fixtures.tx(() -> em.createNativeQuery("DELETE FROM role_sync_pending WHERE person_id = ?1").setParameter(1, person).executeUpdate());

        Instant later = now.plus(Duration.ofDays(3));
        assertThat(Fixtures.tx(() -> periods.applyBoundariesUntil(later))).isGreaterThanOrEqualTo(1);
        assertThat(Fixtures.tx(() -> periods.applyBoundariesUntil(later))).as("the same boundaries again").isZero();

        List<RoleChanged> changes = Fixtures.awaitMembershipEvents(RoleChanged.class, person, 5);
        assertThat(changes.subList(3, 5)).extracting(RoleChanged::role, RoleChanged::held)
                .containsExactlyInAnyOrder(tuple(Roles.VOTING_MEMBER, false), tuple(Roles.BASIC_MEMBER, false));
        assertThat(Fixtures.tx(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM role_sync_pending WHERE person_id = ?1")
                .setParameter(1, person).getSingleResult()).intValue())).as("Keycloak is brought in step").isEqualTo(1);
    }
}
