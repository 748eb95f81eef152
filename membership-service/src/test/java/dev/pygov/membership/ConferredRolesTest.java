package dev.pygov.membership;

import dev.pygov.commons.security.Roles;
import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.events.election.CouncilSeatChanged;
import dev.pygov.events.election.ElectionPhaseChanged;
import dev.pygov.events.membership.RoleChanged;
import dev.pygov.membership.domain.RoleService;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** council-member and returning-officer follow election-service's seats and elections, through real Kafka. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ConferredRolesTest {

    @Inject
    Fixtures fixtures;
    @Inject
    RoleService roles;

    @Test
    void aSeatedCouncillorHoldsCouncilMemberUntilTheyResignAndTheAppointedReplacementThenHoldsIt() {
        String councillor = fixtures.member("councillor");
        String replacement = fixtures.member("replacement");
        String seat = "B-" + UUID.randomUUID().toString().substring(0, 4);
        Instant seated = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        Instant termEnds = seated.plus(Duration.ofDays(365));

        Fixtures.sendElectionEvent(new CouncilSeatChanged(seat, "B", councillor, "seated", termEnds, seated));
        Fixtures.awaitTrue("the councillor holds council-member", () -> roles.rolesOf(councillor).contains(Roles.COUNCIL_MEMBER));
        Fixtures.sendElectionEvent(new CouncilSeatChanged(seat, "B", councillor, "resigned", termEnds, seated.plusSeconds(10)));
        Fixtures.awaitTrue("the resignation ends it", () -> !roles.rolesOf(councillor).contains(Roles.COUNCIL_MEMBER));
        Fixtures.sendElectionEvent(new CouncilSeatChanged(seat, "B", replacement, "appointed", termEnds, seated.plusSeconds(20)));
        Fixtures.awaitTrue("the replacement holds it", () -> roles.rolesOf(replacement).contains(Roles.COUNCIL_MEMBER));

        List<RoleChanged> events = Fixtures.awaitMembershipEvents(RoleChanged.class, councillor, 3).stream()
                .filter(e -> e.role().equals(Roles.COUNCIL_MEMBER)).toList();
        assertThat(events).extracting(RoleChanged::held, RoleChanged::from, RoleChanged::until)
                .containsExactly(tuple(true, seated, termEnds), tuple(false, seated, seated.plusSeconds(10)));
        assertThat(roles.rolesOf(councillor)).doesNotContain(Roles.COUNCIL_MEMBER);
    }

    @Test
    void theNamedReturningOfficerHoldsTheRoleUntilCertificationAndAReplacedOfficerLosesIt() {
        String first = fixtures.person("ro-first");
        String second = fixtures.person("ro-second");
        String election = UUID.randomUUID().toString();
        Instant at = Instant.now().minusSeconds(30);

        Fixtures.sendElectionEvent(new ElectionPhaseChanged(election, "whole-council", "draft", at, null, first, 1));
        Fixtures.awaitTrue("the first officer holds returning-officer", () -> roles.rolesOf(first).contains(Roles.RETURNING_OFFICER));
        Fixtures.sendElectionEvent(new ElectionPhaseChanged(election, "whole-council", "draft", at.plusSeconds(1), null, second, 1));
        Fixtures.awaitTrue("the second replaces the first", () -> roles.rolesOf(second).contains(Roles.RETURNING_OFFICER)
                && !roles.rolesOf(first).contains(Roles.RETURNING_OFFICER));
        Fixtures.sendElectionEvent(new ElectionPhaseChanged(election, "whole-council", "nominations-open", at.plusSeconds(2), null, second, 1));
        Fixtures.sendElectionEvent(new ElectionPhaseChanged(election, "whole-council", "certified", at.plusSeconds(3), null, second, 1));
        Fixtures.awaitTrue("certification ends it", () -> !roles.rolesOf(second).contains(Roles.RETURNING_OFFICER));

        List<RoleChanged> secondEvents = Fixtures.awaitMembershipEvents(RoleChanged.class, second, 2);
        assertThat(secondEvents).extracting(RoleChanged::role, RoleChanged::held)
                .containsExactly(tuple(Roles.RETURNING_OFFICER, true), tuple(Roles.RETURNING_OFFICER, false));
    }
}
