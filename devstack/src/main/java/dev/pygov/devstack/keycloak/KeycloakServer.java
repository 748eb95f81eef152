package dev.pygov.devstack.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pygov.devstack.process.ChildProcess;
import dev.pygov.devstack.support.Directories;
import dev.pygov.devstack.support.FreePort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A real Keycloak ({@code kc.sh start-dev}) in a child process, with the pygov realm imported at start:
 * the operators' realm plus the {@link DemoUsers} and the password-grant client {@value DevstackRealm#CLI_CLIENT_ID}.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(240);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChildProcess process;
    private final int port;

    private KeycloakServer(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts Keycloak and waits until the realm answers.
     *
     * @param port    HTTP port; 0 picks a free one
     * @param home    this server's own home (its H2 database lives in {@code home/data}); kept between runs
     * @param fresh   wipe {@code home} first, so the realm is imported anew
     * @param log     where Keycloak's console output goes
     * @param timeout how long to wait for the realm
     */
    public static KeycloakServer start(int port, Path home, boolean fresh, Path log, Duration timeout) {
        int httpPort = FreePort.orFree(port);
        Path keycloakHome = prepareHome(home, fresh);
        ProcessBuilder command = new ProcessBuilder("bash", keycloakHome.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + httpPort,
                "--http-management-port=" + FreePort.find(),
                "--import-realm")
                .directory(keycloakHome.toFile());
        Map<String, String> env = command.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        KeycloakServer server = new KeycloakServer(ChildProcess.start("keycloak", command, log), httpPort);
        try {
            server.awaitRealm(timeout);
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** For tests: a throw-away home and a free port. */
    public static KeycloakServer startTemporary() {
        try {
            Path home = Files.createTempDirectory("pygov-keycloak-");
            return start(0, home, true, home.resolve("keycloak.log"), DEFAULT_START_TIMEOUT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path prepareHome(Path home, boolean fresh) {
        try {
            if (fresh) {
                Directories.deleteRecursively(home);
            }
            Path prepared = KeycloakDistribution.homeAt(home);
            Files.write(prepared.resolve("data/import/pygov-realm.json"), DevstackRealm.json(DemoUsers.ALL));
            return prepared;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitRealm(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuerUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited during start. Log " + process.log() + ":\n" + process.logTail(40));
            }
            try {
                if (HTTP.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(500);
        }
        throw new IllegalStateException("Keycloak not ready after " + timeout.toSeconds() + " s. Log " + process.log()
                + ":\n" + process.logTail(40));
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** The value for {@code quarkus.oidc.auth-server-url}. */
    public String issuerUrl() {
        return url() + "/realms/" + DevstackRealm.REALM;
    }

    public String adminConsoleUrl() {
        return url() + "/admin/";
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return process.log();
    }

    /** An access token for a user of the pygov realm, through the devstack-only password-grant client. */
    public String passwordGrant(String username, String password) {
        return token(issuerUrl(), Map.of(
                "grant_type", "password",
                "client_id", DevstackRealm.CLI_CLIENT_ID,
                "username", username,
                "password", password,
                "scope", "openid"));
    }

    /** An access token for the master realm's admin, for the admin REST API. */
    public String adminToken() {
        return token(url() + "/realms/master", Map.of(
                "grant_type", "password",
                "client_id", "admin-cli",
                "username", ADMIN_USERNAME,
                "password", ADMIN_PASSWORD));
    }

    /** GET on the admin REST API, e.g. {@code adminGet("/admin/realms/pygov/clients?clientId=pygov-web")}. */
    public JsonNode adminGet(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + path))
                .header("Authorization", "Bearer " + adminToken())
                .GET().build();
        return parse(send(request));
    }

    /**
     * Adds a user to the pygov realm with a password and realm roles, as an operator would in the admin console;
     * returns the user's id (the {@code sub} of their tokens). For tests that need more people than the demo logins.
     */
    public String createUser(String username, String password, String email, List<String> realmRoles) {
        String admin = adminToken();
        ObjectNode user = JSON.createObjectNode().put("username", username).put("email", email).put("emailVerified", true)
                .put("firstName", username).put("lastName", "Test").put("enabled", true);
        user.putArray("credentials").addObject().put("type", "password").put("value", password).put("temporary", false);
        HttpResponse<String> created = exchange(adminRequest("/admin/realms/" + DevstackRealm.REALM + "/users", admin)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(user.toString())).build());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak refused user " + username + ": " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        if (!realmRoles.isEmpty()) {
            ArrayNode roles = JSON.createArrayNode();
            for (String role : realmRoles) {
                roles.add(parse(send(adminRequest("/admin/realms/" + DevstackRealm.REALM + "/roles/" + role, admin).GET().build())));
            }
            HttpResponse<String> mapped = exchange(adminRequest("/admin/realms/" + DevstackRealm.REALM + "/users/" + id
                    + "/role-mappings/realm", admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(roles.toString())).build());
            if (mapped.statusCode() != 204) {
                throw new IllegalStateException("Keycloak refused roles " + realmRoles + " for " + username + ": " + mapped.body());
            }
        }
        return id;
    }

    private HttpRequest.Builder adminRequest(String path, String adminToken) {
        return HttpRequest.newBuilder(URI.create(url() + path)).header("Authorization", "Bearer " + adminToken);
    }

    private static String token(String realmUrl, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return parse(send(request)).path("access_token").asText();
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak answered something else than JSON: " + body, e);
        }
    }

    private static String send(HttpRequest request) {
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static HttpResponse<String> exchange(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops Keycloak and every process it started. */
    @Override
    public void close() {
        process.close();
    }
}
