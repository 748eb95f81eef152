package dev.pygov.system;

import dev.pygov.devstack.keycloak.DemoUsers;
import dev.pygov.devstack.keycloak.KeycloakServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens a service must not accept, from the real Keycloak: another realm's (wrong issuer and keys), an expired one,
 * one minted for another audience, and a real token whose claims were changed after signing.
 */
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
        String token = voter1TokenFrom(newClient(true, "\"access.token.lifespan\":\"3\""));
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

    /** The same realm, user and roles, but a client of the realm that is not allowed to call PyGov (no audience). */
    @Test
    void aTokenMintedForAnotherAudienceIsRefusedByEveryService() {
        String token = voter1TokenFrom(newClient(false, ""));
        assertThat(Tokens.claims(token).path("aud").toString()).doesNotContain("pygov-services");
        assertThat(Tokens.claims(token).path("realm_access").path("roles").toString()).contains("voting-member");
        given().auth().oauth2(token).get(PlatformExtension.platform().serviceUrl("notification") + "/inbox").then().statusCode(401);
        for (String service : SERVICES) {
            given().auth().oauth2(token).get(PlatformExtension.platform().serviceUrl(service) + "/admin/outbox").then().statusCode(401);
        }
        // The same user through a client that adds the audience is let in.
        given().auth().oauth2(voter1TokenFrom(newClient(true, ""))).get(PlatformExtension.platform().serviceUrl("notification") + "/inbox")
                .then().statusCode(200);
    }

    /** A real token whose payload gained the operators' role after Keycloak signed it. */
    @Test
    void aTokenWhoseClaimsWereChangedAfterSigningIsRefusedByEveryService() {
        String token = Tokens.fresh("voter1");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"voting-member\"");
        String elevated = payload.replace("\"voting-member\"", "\"voting-member\",\"pygov-admin\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(elevated.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        for (String service : SERVICES) {
            String outbox = PlatformExtension.platform().serviceUrl(service) + "/admin/outbox";
            given().auth().oauth2(tampered).get(outbox).then().statusCode(401);
            given().auth().oauth2(token).get(outbox).then().statusCode(403);
        }
    }

    /** A public client of the pygov realm allowed the password grant, with or without the pygov-services audience. */
    private static String newClient(boolean pygovAudience, String extraAttributes) {
        KeycloakServer keycloak = PlatformExtension.platform().keycloak();
        String clientId = "refused-tokens-" + UUID.randomUUID().toString().substring(0, 8);
        String mappers = pygovAudience ? """
                ,"protocolMappers":[{"name":"pygov-services audience","protocol":"openid-connect","protocolMapper":"oidc-audience-mapper",
                  "config":{"included.client.audience":"pygov-services","access.token.claim":"true","id.token.claim":"false"}}]""" : "";
        given().auth().oauth2(keycloak.adminToken()).contentType("application/json")
                .body("""
                        {"clientId":"%s","publicClient":true,"directAccessGrantsEnabled":true,"standardFlowEnabled":false,
                         "attributes":{%s}%s}
                        """.formatted(clientId, extraAttributes, mappers))
                .post(keycloak.url() + "/admin/realms/pygov/clients").then().statusCode(201);
        return clientId;
    }

    private static String voter1TokenFrom(String clientId) {
        return given().formParam("grant_type", "password").formParam("client_id", clientId)
                .formParam("username", "voter1").formParam("password", DemoUsers.named("voter1").password())
                .post(PlatformExtension.platform().keycloak().issuerUrl() + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }
}
