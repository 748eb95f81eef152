package dev.pygov.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The realm operators import ships no secret, no redirect to a developer's machine, no offline tokens, and a service
 * account only where something uses it (the role sync), with only the rights that needs.
 */
class OperatorRealmTest {

    private static final Set<String> ROLE_SYNC_RIGHTS = Set.of("view-users", "manage-users", "view-realm");

    private final JsonNode realm = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Path.of(System.getProperty("pygov.realm.file", "keycloak/pygov-realm.json")).toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, JsonNode> clients() {
        Map<String, JsonNode> clients = new TreeMap<>();
        realm.path("clients").forEach(client -> clients.put(client.path("clientId").asText(), client));
        return clients;
    }

    /** Keycloak stores names and descriptions in VARCHAR(255) columns and refuses the whole import past that. */
    @Test
    void everyNameAndDescriptionFitsKeycloaksColumns() {
        clients().forEach((id, client) -> {
            assertTrue(client.path("description").asText().length() <= 255, id + " description");
            assertTrue(client.path("name").asText().length() <= 255, id + " name");
        });
    }

    @Test
    void noClientCarriesASecret() {
        clients().forEach((id, client) -> assertFalse(client.has("secret"), id + " ships a secret"));
    }

    @Test
    void noRedirectOrOriginPointsAtADevelopersMachineOrEverywhere() {
        clients().forEach((id, client) -> {
            List<String> addresses = new ArrayList<>();
            client.path("redirectUris").forEach(uri -> addresses.add(uri.asText()));
            client.path("webOrigins").forEach(uri -> addresses.add(uri.asText()));
            addresses.add(client.path("attributes").path("post.logout.redirect.uris").asText());
            for (String address : addresses) {
                assertFalse(address.contains("localhost") || address.contains("127.0.0.1"), id + ": " + address);
                assertFalse(address.equals("+") || address.equals("*") || address.startsWith("http://"), id + ": " + address);
            }
        });
    }

    @Test
    void noClientOffersOfflineTokens() {
        clients().forEach((id, client) -> {
            client.path("optionalClientScopes").forEach(scope -> assertFalse("offline_access".equals(scope.asText()), id));
            client.path("defaultClientScopes").forEach(scope -> assertFalse("offline_access".equals(scope.asText()), id));
        });
    }

    @Test
    void onlyTheRoleSyncHasAServiceAccountAndItMayOnlyManageUsers() {
        clients().forEach((id, client) -> assertEquals("pygov-role-sync".equals(id), client.path("serviceAccountsEnabled").asBoolean(),
                id + " service account"));
        List<JsonNode> serviceAccounts = new ArrayList<>();
        realm.path("users").forEach(user -> {
            if (user.has("serviceAccountClientId")) {
                serviceAccounts.add(user);
            }
        });
        assertEquals(1, serviceAccounts.size());
        JsonNode roleSync = serviceAccounts.get(0);
        assertEquals("pygov-role-sync", roleSync.path("serviceAccountClientId").asText());
        assertEquals(0, roleSync.path("realmRoles").size(), "the role sync holds no realm role");
        List<String> fields = new ArrayList<>();
        roleSync.path("clientRoles").fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("realm-management"), fields);
        Set<String> rights = new java.util.HashSet<>();
        roleSync.path("clientRoles").path("realm-management").forEach(role -> rights.add(role.asText()));
        assertEquals(ROLE_SYNC_RIGHTS, rights);
        assertTrue(realm.path("users").size() == 1, "the operators' realm ships no people");
    }
}
