package dev.pygov.system;

import dev.pygov.devstack.keycloak.DemoUsers;
import dev.pygov.devstack.keycloak.KeycloakServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Tokens a service must not accept, from the real Keycloak: another realm's (wrong issuer and keys), and an expired one. */
@ExtendWith(PlatformExtension.class)
class RefusedTokensTest {

    private static final List<String> SERVICES = List.of("membership", "election", "proposal", "notification");

    @Test
    void aTokenIssuedByAnotherRealmIsRefusedByEveryService() {
        String masterRealmToken = PlatformExtension.platform().keycloak().adminToken();
        assertThat(Tokens.claims(masterRealmToken).path("iss").asText()).endsWith("/realms/master");
        for (String service : SERVICES) {
            given().auth().oauth2(masterRealmToken).get(PlatformExtension.platform().serviceUrl(service) + "/admin/outbox")
                    .then().statusCode(401);
        }
    }

    /** A client whose tokens live three seconds: the same token is accepted, then refused once it expired. */
    @Test
    void aTokenIsRefusedOnceItExpired() throws InterruptedException {
        KeycloakServer keycloak = PlatformExtension.platform().keycloak();
        String clientId = "short-lived-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(keycloak.adminToken()).contentType("application/json")
                .body("""
                        {"clientId":"%s","publicClient":true,"directAccessGrantsEnabled":true,"standardFlowEnabled":false,
                         "attributes":{"access.token.lifespan":"3"}}
                        """.formatted(clientId))
                .post(keycloak.url() + "/admin/realms/pygov/clients").then().statusCode(201);
        String token = given().formParam("grant_type", "password").formParam("client_id", clientId)
                .formParam("username", "voter1").formParam("password", DemoUsers.named("voter1").password())
                .post(keycloak.issuerUrl() + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
        String inbox = PlatformExtension.platform().serviceUrl("notification") + "/inbox";
        given().auth().oauth2(token).get(inbox).then().statusCode(200);

        Instant expires = Instant.ofEpochSecond(Tokens.claims(token).path("exp").asLong());
        long deadline = System.nanoTime() + 90_000_000_000L;
        int status = 200;
        while (status != 401 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            status = given().auth().oauth2(token).get(inbox).statusCode();
        }
        assertThat(status).as("the token expired at %s", expires).isEqualTo(401);
        assertThat(Instant.now()).isAfter(expires);
    }
}
