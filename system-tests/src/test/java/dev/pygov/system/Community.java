package dev.pygov.system;

import dev.pygov.devstack.RunningPlatform;
import dev.pygov.devstack.keycloak.KeycloakServer;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * People of a scenario as they exist in real life: a Keycloak account they log in with, and a record an officer
 * keeps in membership-service (class, affiliations, roster). Roles then come only from what membership-service
 * derives and syncs into Keycloak.
 */
final class Community {

    /** A login and the person membership-service knows; {@code id} is the token subject. */
    record Person(String username, String password, String id, String name, String email) {

        String token() {
            return PlatformExtension.platform().keycloak().passwordGrant(username, password);
        }

        List<String> roles() {
            return rolesIn(token());
        }
    }

    private final RunningPlatform platform;
    private final String prefix;

    Community(RunningPlatform platform, String prefix) {
        this.platform = platform;
        this.prefix = prefix;
    }

    /** Creates the login and registers the person, as an officer does. */
    Person register(String firstName, String lastName) {
        String username = prefix + firstName.toLowerCase();
        String password = username + "-pw";
        String email = username + "@pygov.test";
        KeycloakServer keycloak = platform.keycloak();
        String location = given().auth().oauth2(keycloak.adminToken()).contentType("application/json")
                .body("""
                        {"username":"%s","enabled":true,"email":"%s","emailVerified":true,"firstName":"%s","lastName":"%s",
                         "credentials":[{"type":"password","value":"%s","temporary":false}]}
                        """.formatted(username, email, firstName, lastName, password))
                .post(keycloak.url() + "/admin/realms/pygov/users").then().statusCode(201).extract().header("Location");
        String subject = location.substring(location.lastIndexOf('/') + 1);
        String name = firstName + " " + lastName;
        given().auth().oauth2(officer()).contentType("application/json")
                .body("{\"subject\":\"%s\",\"name\":\"%s\",\"displayName\":\"%s\",\"email\":\"%s\"}".formatted(subject, name, name, email))
                .post(membership() + "/people").then().statusCode(201);
        return new Person(username, password, subject, name, email);
    }

    void membershipClass(Person person, String membershipClass) {
        given().auth().oauth2(officer()).contentType("application/json")
                .body("{\"membershipClass\":\"%s\",\"since\":\"%s\"}".formatted(membershipClass, today().minusDays(1)))
                .put(membership() + "/people/" + person.id() + "/membership-class").then().statusCode(200);
    }

    void organisation(String id, String name) {
        given().auth().oauth2(officer()).contentType("application/json")
                .body("{\"id\":\"%s\",\"name\":\"%s\",\"kind\":\"company\"}".formatted(id, name))
                .post(membership() + "/organisations").then().statusCode(201);
    }

    void employee(Person person, String organisationId) {
        given().auth().oauth2(officer()).contentType("application/json")
                .body("{\"personId\":\"%s\",\"organisationId\":\"%s\",\"kind\":\"employee\",\"since\":\"2024-01-01\"}"
                        .formatted(person.id(), organisationId))
                .post(membership() + "/affiliations").then().statusCode(201);
    }

    void joinRoster(Person person) {
        given().auth().oauth2(officer()).contentType("application/json")
                .body("{\"personId\":\"%s\",\"joinSource\":\"pypa-member\",\"qualification\":\"commit bit on a PyPA project\"}"
                        .formatted(person.id()))
                .post(membership() + "/roster").then().statusCode(201);
    }

    /** Waits until the person's next token carries the role (or, with {@code held} false, no longer does). */
    static void awaitRole(Person person, String role, boolean held) throws Exception {
        Await.until(person.name() + (held ? " holds " : " no longer holds ") + role + " in a fresh token",
                () -> person.roles().contains(role) == held ? Boolean.TRUE : null);
        assertThat(person.roles().contains(role)).isEqualTo(held);
    }

    /** The person's next token once it carries the role. */
    static String freshTokenWith(Person person, String role) throws Exception {
        return Await.until(person.name() + "'s fresh token carries " + role, () -> {
            String token = person.token();
            return rolesIn(token).contains(role) ? token : null;
        });
    }

    static List<String> rolesIn(String token) {
        List<String> names = new ArrayList<>();
        Tokens.claims(token).path("realm_access").path("roles").forEach(role -> names.add(role.asText()));
        return names;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(platform.now(), ZoneOffset.UTC);
    }

    private String membership() {
        return platform.serviceUrl("membership");
    }

    private static String officer() {
        return Tokens.fresh("officer1");
    }
}
