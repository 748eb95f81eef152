package dev.pygov.devstack.keycloak;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The operators' realm ({@code k8s/keycloak/pygov-realm.json}, packaged into this jar) plus what only a
 * developer machine may have: the demo users and a public client allowed the password grant.
 */
public final class DevstackRealm {

    public static final String REALM = "pygov";
    public static final String CLI_CLIENT_ID = "pygov-devstack-cli";
    /** The operators' realm leaves the role-sync secret to Keycloak; the devstack fixes one so it can hand it over. */
    public static final String ROLE_SYNC_CLIENT_ID = "pygov-role-sync";
    public static final String ROLE_SYNC_SECRET = "devstack-only-role-sync-secret";

    private static final String RESOURCE = "/dev/pygov/devstack/keycloak/pygov-realm.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DevstackRealm() {
    }

    /** The realm exactly as operators get it. */
    public static ObjectNode operatorRealm() {
        try (InputStream in = DevstackRealm.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the devstack jar");
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] json(List<DemoUser> users) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(build(users));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode build(List<DemoUser> users) {
        ObjectNode realm = operatorRealm();
        ArrayNode clients = realm.withArray("clients");
        clients.add(cliClient());
        for (var client : clients) {
            ObjectNode node = (ObjectNode) client;
            switch (node.path("clientId").asText()) {
                case ROLE_SYNC_CLIENT_ID -> node.put("secret", ROLE_SYNC_SECRET);
                case "pygov-web" -> {
                    // A browser application on this machine, any port (devstack only).
                    node.putArray("redirectUris").add("http://localhost:*").add("http://127.0.0.1:*");
                    node.putArray("webOrigins").add("+");
                    node.with("attributes").put("post.logout.redirect.uris", "http://localhost:*##http://127.0.0.1:*");
                }
                default -> { }
            }
        }
        ArrayNode userNodes = realm.withArray("users");
        users.forEach(user -> userNodes.add(userNode(user)));
        return realm;
    }

    private static ObjectNode cliClient() {
        ObjectNode client = JSON.createObjectNode()
                .put("clientId", CLI_CLIENT_ID)
                .put("name", "PyGov devstack command line (password grant, devstack only)")
                .put("enabled", true)
                .put("protocol", "openid-connect")
                .put("publicClient", true)
                .put("standardFlowEnabled", false)
                .put("directAccessGrantsEnabled", true)
                .put("serviceAccountsEnabled", false);
        client.putArray("defaultClientScopes").add("basic").add("acr").add("profile").add("email").add("roles");
        ObjectNode audience = client.putArray("protocolMappers").addObject()
                .put("name", "pygov-services audience")
                .put("protocol", "openid-connect")
                .put("protocolMapper", "oidc-audience-mapper");
        audience.putObject("config")
                .put("included.client.audience", "pygov-services")
                .put("access.token.claim", "true")
                .put("id.token.claim", "false")
                .put("introspection.token.claim", "true");
        return client;
    }

    private static ObjectNode userNode(DemoUser user) {
        ObjectNode node = JSON.createObjectNode()
                .put("username", user.username())
                .put("email", user.email())
                .put("emailVerified", true)
                .put("firstName", user.firstName())
                .put("lastName", user.lastName())
                .put("enabled", true);
        node.putArray("credentials").addObject()
                .put("type", "password")
                .put("value", user.password())
                .put("temporary", false);
        ArrayNode roles = node.putArray("realmRoles");
        user.roles().forEach(roles::add);
        return node;
    }
}
