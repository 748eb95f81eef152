package dev.pygov.membership;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pygov.commons.security.Roles;
import dev.pygov.devstack.keycloak.DemoUsers;
import dev.pygov.devstack.keycloak.KeycloakServer;
import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.membership.keycloak.KeycloakRoleSync;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Done-when of the issue: a new voting member sees voting-member in a fresh Keycloak token, nobody editing Keycloak. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(value = KeycloakResource.class, restrictToAnnotatedClass = true)
class KeycloakRoleSyncTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    KeycloakServer keycloak;

    @Inject
    Fixtures fixtures;

    @Inject
    KeycloakRoleSync sync;

    @Test
    @TestSecurity(user = "officer1", roles = Roles.OFFICER)
    void aPersonWhoBecomesAVotingMemberHasTheRoleInTheirNextTokenAndLosesItWhenTheyStopVoting() throws Exception {
        String userId = keycloak.adminGet("/admin/realms/pygov/users?username=basic1&exact=true").get(0).path("id").asText();
        fixtures.person(userId, "Basil Basic");
        assertThat(realmRoles("basic1")).contains(Roles.BASIC_MEMBER).doesNotContain(Roles.VOTING_MEMBER);

        given().contentType("application/json").body("{\"membershipClass\":\"supporting\",\"since\":\"2024-01-01\"}")
                .put("/people/" + userId + "/membership-class").then().statusCode(200);
        assertThat(sync.syncPending()).isEqualTo(1);
        assertThat(realmRoles("basic1")).contains(Roles.BASIC_MEMBER, Roles.VOTING_MEMBER);

        given().contentType("application/json").body("{\"membershipClass\":\"basic\",\"since\":\"2025-01-01\"}")
                .put("/people/" + userId + "/membership-class").then().statusCode(200);
        assertThat(sync.syncPending()).isEqualTo(1);
        assertThat(realmRoles("basic1")).contains(Roles.BASIC_MEMBER).doesNotContain(Roles.VOTING_MEMBER);
        assertThat(sync.syncPending()).isZero();
    }

    @Test
    @TestSecurity(user = "officer1", roles = Roles.OFFICER)
    void rolesThisServiceDoesNotDecideAreLeftAlone() throws Exception {
        String userId = keycloak.adminGet("/admin/realms/pygov/users?username=admin1&exact=true").get(0).path("id").asText();
        fixtures.person(userId, "Ada Operator");
        given().contentType("application/json").body("{\"role\":\"director\",\"from\":\"2024-01-01T00:00:00Z\",\"authority\":\"PSF Board election 2024\"}")
                .post("/people/" + userId + "/roles").then().statusCode(201);
        sync.syncPending();
        // pygov-admin is the operators' and stays; director is granted here and arrives.
        assertThat(realmRoles("admin1")).contains(Roles.ADMIN, Roles.DIRECTOR);
    }

    private List<String> realmRoles(String username) throws Exception {
        String token = keycloak.passwordGrant(username, DemoUsers.named(username).password());
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        JsonNode roles = JSON.readTree(payload).path("realm_access").path("roles");
        List<String> names = new ArrayList<>();
        roles.forEach(r -> names.add(r.asText()));
        return names;
    }
}
