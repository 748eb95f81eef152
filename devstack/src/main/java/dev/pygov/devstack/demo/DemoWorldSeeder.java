package dev.pygov.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pygov.devstack.PlatformStartException;
import dev.pygov.devstack.RunningPlatform;
import dev.pygov.devstack.keycloak.DemoUser;
import dev.pygov.devstack.keycloak.DemoUsers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Seeds the {@link DemoWorld} through the services' own APIs, as an officer and the Executive Director would (never
 * by writing a database), then waits until every demo login's token carries what membership-service says of them.
 * Once done it leaves {@code <data dir>/demo-world}, so that a restart keeps the world instead of seeding it twice.
 */
public final class DemoWorldSeeder {

    /** Written once the world is seeded; {@code --fresh} deletes it with the rest of the data. */
    public static final String MARKER = "demo-world";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration AGREEMENT_TIMEOUT = Duration.ofSeconds(120);

    private final RunningPlatform platform;
    private final Consumer<String> progress;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> subjects = new LinkedHashMap<>();

    private DemoWorldSeeder(RunningPlatform platform, Consumer<String> progress) {
        this.platform = platform;
        this.progress = progress;
    }

    /** Seeds the world unless this platform's data already holds it; returns whether it seeded now. */
    public static boolean seedOnce(RunningPlatform platform, Consumer<String> progress) {
        Path marker = platform.options().dataDir().resolve(MARKER);
        if (Files.exists(marker)) {
            progress.accept("demo world: kept from an earlier start (--fresh seeds it again)");
            return false;
        }
        if (!platform.options().services().stream().map(s -> s.name()).toList().containsAll(List.of("membership", "election"))) {
            progress.accept("demo world: not seeded (it needs membership and election running)");
            return false;
        }
        new DemoWorldSeeder(platform, progress).seed();
        try {
            Files.writeString(marker, "seeded " + Instant.now() + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + marker, e);
        }
        return true;
    }

    /**
     * The request body that grants a PSF role for a period ({@code POST /people/{id}/roles}). Built only here, so that
     * a change to what a grant must carry is made in one place.
     */
    static ObjectNode roleGrant(String role, Instant from, Instant until) {
        return JSON.createObjectNode().put("role", role).put("from", from.toString()).put("until", until.toString())
                .put("authority", "devstack demo world: stands in for the Board resolution or PSF election result");
    }

    private void seed() {
        progress.accept("demo world: seeding through the services' APIs (first start)");
        for (DemoUser user : DemoUsers.ALL) {
            subjects.put(user.username(), platform.keycloak().adminGet("/admin/realms/pygov/users?exact=true&username="
                    + user.username()).get(0).path("id").asText());
        }
        Instant now = platform.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (DemoWorld.Organisation organisation : DemoWorld.ORGANISATIONS) {
            ObjectNode body = JSON.createObjectNode().put("id", organisation.id()).put("name", organisation.name())
                    .put("kind", organisation.kind());
            if (organisation.parentId() != null) {
                body.put("parentId", organisation.parentId());
            }
            asOfficer("POST", "/organisations", body);
        }
        for (DemoWorld.Person person : DemoWorld.PEOPLE) {
            DemoUser login = DemoUsers.named(person.username());
            String id = subjects.get(person.username());
            asOfficer("POST", "/people", JSON.createObjectNode().put("subject", id).put("name", login.firstName() + " " + login.lastName())
                    .put("displayName", login.firstName() + " " + login.lastName()).put("email", login.email()));
            person.membershipClass().ifPresent(c -> asOfficer("PUT", "/people/" + id + "/membership-class",
                    JSON.createObjectNode().put("membershipClass", c).put("since", today.minusDays(30).toString())));
            // Granting a PSF role also records the person's affiliation with the PSF (decision 0410).
            person.psfRole().ifPresent(role ->
                    asOfficer("POST", "/people/" + id + "/roles", roleGrant(role, now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(365)))));
            person.employer().ifPresent(organisation -> asOfficer("POST", "/affiliations", affiliation(id, organisation, "employee")));
            person.joinSource().ifPresent(source -> {
                ObjectNode join = JSON.createObjectNode().put("personId", id).put("joinSource", source)
                        .put("qualification", "devstack demo world: " + source);
                person.nominatingOrganisation().ifPresent(organisation -> join.put("nominatingOrganisation", organisation));
                asOfficer("POST", "/roster", join);
            });
        }
        for (DemoWorld.Person person : DemoWorld.PEOPLE) {
            if (person.returningOfficer()) {
                // The Executive Director names the Returning Officer of the first council election (still a draft),
                // once their token carries the role membership-service granted (the sync takes a few seconds).
                awaitTokenRole("ed", "executive-director");
                send("election", "POST", "/elections", token("ed"), JSON.createObjectNode().put("kind", "whole-council")
                        .put("returningOfficerId", subjects.get(person.username())), 201);
            }
        }
        progress.accept("demo world: waiting until every demo token carries what membership-service says");
        awaitAgreement();
    }

    /** A demo login's roles as membership-service says them, and the membership roles their fresh token carries. */
    public record LoginRoles(Set<String> membership, Set<String> tokenMembershipRoles) {
    }

    public static LoginRoles loginRoles(RunningPlatform platform, String username) {
        DemoWorldSeeder reader = new DemoWorldSeeder(platform, line -> { });
        return new LoginRoles(reader.membershipRoles(username), DemoWorld.membershipRoles(reader.tokenRoles(username)));
    }

    private void awaitAgreement() {
        long deadline = System.nanoTime() + AGREEMENT_TIMEOUT.toNanos();
        List<String> disagreeing = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            disagreeing.clear();
            for (DemoWorld.Person person : DemoWorld.PEOPLE) {
                Set<String> expected = DemoWorld.rolesOf(person);
                Set<String> token = DemoWorld.membershipRoles(tokenRoles(person.username()));
                Set<String> membership = membershipRoles(person.username());
                if (!expected.equals(token) || !expected.equals(membership)) {
                    disagreeing.add(person.username() + ": token " + token + ", membership " + membership + ", expected " + expected);
                }
            }
            if (disagreeing.isEmpty()) {
                progress.accept("demo world: seeded; every demo token agrees with membership-service");
                return;
            }
            pause();
        }
        throw new PlatformStartException("The demo world did not settle within " + AGREEMENT_TIMEOUT.toSeconds() + " s: " + disagreeing);
    }

    private void awaitTokenRole(String username, String role) {
        long deadline = System.nanoTime() + AGREEMENT_TIMEOUT.toNanos();
        while (!(membershipRoles(username).contains(role) && tokenRoles(username).contains(role))) {
            if (System.nanoTime() > deadline) {
                throw new PlatformStartException("Seeding the demo world: " + username + " never held " + role);
            }
            pause();
        }
    }

    private Set<String> membershipRoles(String username) {
        JsonNode answer = send("membership", "GET", "/people/me/roles", token(username), null, 200);
        Set<String> roles = new TreeSet<>();
        answer.path("roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }

    private Set<String> tokenRoles(String username) {
        Set<String> roles = new TreeSet<>();
        claims(token(username)).path("realm_access").path("roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }


    private static ObjectNode affiliation(String personId, String organisationId, String kind) {
        ObjectNode body = JSON.createObjectNode().put("personId", personId).put("kind", kind).put("since", "2024-01-01");
        if (organisationId != null) {
            body.put("organisationId", organisationId);
        }
        return body;
    }

    /** Officers' work is done by the operator login, whose role (pygov-admin) membership-service never changes. */
    private void asOfficer(String method, String path, ObjectNode body) {
        send("membership", method, path, token("admin1"), body, method.equals("PUT") ? 200 : 201);
    }

    private String token(String username) {
        return platform.keycloak().passwordGrant(username, DemoUsers.named(username).password());
    }

    private JsonNode send(String service, String method, String path, String token, ObjectNode body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.serviceUrl(service) + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new PlatformStartException("Seeding the demo world: " + method + " " + service + path + " answered "
                        + response.statusCode() + " " + response.body() + " (start with --fresh to seed again, or --empty to skip)");
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + service + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while seeding the demo world", e);
        }
    }

    private static JsonNode claims(String token) {
        try {
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
