package dev.pygov.membership;

import dev.pygov.devstack.keycloak.DevstackRealm;
import dev.pygov.devstack.keycloak.KeycloakServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * A real Keycloak with the devstack realm, and this service's role sync pointed at its Admin REST API through the
 * realm's pygov-role-sync client, whose service account may only read and map users and roles (as in production).
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    private KeycloakServer server;

    @Override
    public Map<String, String> start() {
        server = KeycloakServer.startTemporary();
        return Map.of(
                "pygov.keycloak.admin.url", server.url(),
                "pygov.keycloak.admin.client-secret", DevstackRealm.ROLE_SYNC_SECRET,
                // The test drives the sync itself; the schedule stays out of its way.
                "pygov.keycloak.sync-interval", "1h");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server, new TestInjector.MatchesType(KeycloakServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
