package dev.pygov.membership.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The few calls of the Keycloak Admin REST API the role sync needs. A person's id is their OIDC subject,
 * which in Keycloak is the user's id.
 */
public final class KeycloakAdmin {

    /** How to obtain an admin token: client credentials when a secret is set, otherwise the password grant. */
    public record Settings(String url, String realm, String tokenRealm, String clientId, Optional<String> clientSecret,
                           Optional<String> username, Optional<String> password) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Settings settings;
    private final ObjectMapper json;

    public KeycloakAdmin(Settings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
    }

    /** The user's realm role names, or empty when Keycloak has no such user. */
    public Optional<Set<String>> realmRolesOf(String userId, String token) {
        HttpResponse<String> response = send(request("/users/" + enc(userId) + "/role-mappings/realm", token).GET().build());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        Set<String> names = new HashSet<>();
        read(expectOk(response)).forEach(role -> names.add(role.path("name").asText()));
        return Optional.of(names);
    }

    public void add(String userId, Collection<String> roles, String token) {
        change("POST", userId, roles, token);
    }

    public void remove(String userId, Collection<String> roles, String token) {
        change("DELETE", userId, roles, token);
    }

    public String token() {
        Map<String, String> form = settings.clientSecret()
                .map(secret -> Map.of("grant_type", "client_credentials", "client_id", settings.clientId(), "client_secret", secret))
                .orElseGet(() -> Map.of("grant_type", "password", "client_id", settings.clientId(),
                        "username", settings.username().orElseThrow(() -> new IllegalStateException(
                                "pygov.keycloak.admin.client-secret or .username/.password is required")),
                        "password", settings.password().orElse("")));
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url() + "/realms/" + settings.tokenRealm()
                        + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return read(expectOk(send(request))).path("access_token").asText();
    }

    private void change(String method, String userId, Collection<String> roles, String token) {
        if (roles.isEmpty()) {
            return;
        }
        ArrayNode representations = json.createArrayNode();
        for (String role : roles) {
            representations.add(read(expectOk(send(request("/roles/" + enc(role), token).GET().build()))));
        }
        HttpRequest request = request("/users/" + enc(userId) + "/role-mappings/realm", token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(representations.toString())).build();
        expectOk(send(request));
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(settings.url() + "/admin/realms/" + settings.realm() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> expectOk(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private JsonNode read(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak answered something else than JSON: " + response.body(), e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
