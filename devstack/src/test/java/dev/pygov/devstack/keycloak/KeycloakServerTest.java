package dev.pygov.devstack.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starts one real Keycloak (30 to 65 s) and checks the realm contract the services rely on. */
class KeycloakServerTest {

    private static KeycloakServer keycloak;

    @BeforeAll
    static void startKeycloak() {
        keycloak = KeycloakServer.startTemporary();
    }

    @AfterAll
    static void stopKeycloak() {
        long pid = keycloak.pid();
        keycloak.close();
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "Keycloak still running");
    }

    @Test
    void basicMemberTokenCarriesRealmRolesAndProfileClaims() throws Exception {
        JsonNode claims = payload(keycloak.passwordGrant("basic1", "basic1-pw"));

        List<String> roles = texts(claims.path("realm_access").path("roles"));
        assertTrue(roles.contains("basic-member"), roles.toString());
        assertFalse(roles.contains("director"), roles.toString());
        assertEquals("basic1", claims.path("preferred_username").asText());
        assertEquals("basic1@pygov.test", claims.path("email").asText());
        assertEquals("Basil Basic", claims.path("name").asText());
        assertEquals(keycloak.issuerUrl(), claims.path("iss").asText());
        assertTrue(texts(claims.path("aud")).contains("pygov-services") || claims.path("aud").asText().equals("pygov-services"),
                claims.path("aud").toString());
        assertEquals(300, claims.path("exp").asLong() - claims.path("iat").asLong());
    }

    @Test
    void everyDemoUserCanLogInWithTheRolesTheLauncherPrints() throws Exception {
        for (DemoUser user : List.of(DemoUsers.named("ed"), DemoUsers.named("ro"))) {
            List<String> roles = texts(payload(keycloak.passwordGrant(user.username(), user.password()))
                    .path("realm_access").path("roles"));
            assertTrue(roles.containsAll(user.roles()), user.username() + " has " + roles);
        }
    }

    @Test
    void webClientIsPublicAndRequiresPkceS256() {
        JsonNode web = keycloak.adminGet("/admin/realms/pygov/clients?clientId=pygov-web").get(0);
        assertEquals("S256", web.path("attributes").path("pkce.code.challenge.method").asText());
        assertTrue(web.path("publicClient").asBoolean());
        assertTrue(web.path("standardFlowEnabled").asBoolean());
        assertFalse(web.path("directAccessGrantsEnabled").asBoolean());
        assertTrue(texts(web.path("defaultClientScopes")).contains("roles"));

        JsonNode services = keycloak.adminGet("/admin/realms/pygov/clients?clientId=pygov-services").get(0);
        assertFalse(services.path("publicClient").asBoolean());
        assertFalse(services.path("serviceAccountsEnabled").asBoolean(), "the services only verify tokens");

        JsonNode roleSync = keycloak.adminGet("/admin/realms/pygov/clients?clientId=" + DevstackRealm.ROLE_SYNC_CLIENT_ID).get(0);
        assertFalse(roleSync.path("publicClient").asBoolean());
        assertTrue(roleSync.path("serviceAccountsEnabled").asBoolean());
    }

    @Test
    void operatorsRealmHasNoUsersAndNoPasswordGrant() {
        JsonNode realm = DevstackRealm.operatorRealm();
        List<String> users = new ArrayList<>();
        realm.path("users").forEach(user -> users.add(user.path("username").asText()));
        assertEquals(List.of("service-account-" + DevstackRealm.ROLE_SYNC_CLIENT_ID), users, "no people, only the role sync's service account");
        realm.path("clients").forEach(client ->
                assertFalse(client.path("directAccessGrantsEnabled").asBoolean(), client.path("clientId").asText()));
    }

    private static JsonNode payload(String jwt) throws Exception {
        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length, "not a JWT: " + jwt);
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
