package dev.pygov.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * membership-service is the authority on roles: a basic member whom an officer makes a supporting member
 * finds {@code voting-member} in their next Keycloak token, without anyone editing Keycloak by hand.
 */
@ExtendWith(PlatformExtension.class)
class RolesInFreshTokensTest {

    @Test
    void aNewVotingMemberHasTheRoleInTheirNextToken() throws Exception {
        var platform = PlatformExtension.platform();
        String membership = platform.serviceUrl("membership");
        String subject = Tokens.subjectOf("voter1");
        assertThat(roles(Tokens.fresh("voter1"))).contains("voting-member");

        given().auth().oauth2(Tokens.of("officer1")).contentType("application/json")
                .body("""
                        {"subject":"%s","name":"Vera Voter","displayName":"Vera","email":"voter1@pygov.test"}
                        """.formatted(subject))
                .post(membership + "/people").then().statusCode(201);
        given().auth().oauth2(Tokens.of("officer1")).contentType("application/json")
                .body("{\"membershipClass\":\"basic\",\"since\":\"2024-01-01\"}")
                .put(membership + "/people/" + subject + "/membership-class").then().statusCode(200);
        awaitRoles("voter1", List.of("basic-member"), List.of("voting-member"));

        given().auth().oauth2(Tokens.of("officer1")).contentType("application/json")
                .body("{\"membershipClass\":\"supporting\",\"since\":\"2025-01-01\"}")
                .put(membership + "/people/" + subject + "/membership-class").then().statusCode(200);
        awaitRoles("voter1", List.of("voting-member"), List.of());
    }

    private static void awaitRoles(String username, List<String> present, List<String> absent) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        List<String> roles = List.of();
        while (System.nanoTime() < deadline) {
            roles = roles(Tokens.fresh(username));
            if (roles.containsAll(present) && absent.stream().noneMatch(roles::contains)) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(username + "'s fresh token has roles " + roles + ", expected " + present + " and none of " + absent);
    }

    private static List<String> roles(String token) {
        JsonNode claims = Tokens.claims(token);
        List<String> names = new ArrayList<>();
        claims.path("realm_access").path("roles").forEach(role -> names.add(role.asText()));
        return names;
    }
}
