package dev.pygov.system;

import dev.pygov.devstack.Platform;
import dev.pygov.devstack.PlatformOptions;
import dev.pygov.devstack.RunningPlatform;
import dev.pygov.devstack.clock.ClockCommand;
import dev.pygov.devstack.demo.DemoWorld;
import dev.pygov.devstack.demo.DemoWorldSeeder;
import dev.pygov.devstack.keycloak.DemoUser;
import dev.pygov.devstack.keycloak.DemoUsers;
import dev.pygov.devstack.support.RepoRoot;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A platform as the launcher leaves it after a first start. The demo world (decision 0207): every demo login's token
 * carries exactly the roles membership-service says they hold, and those are the roles the demo table promises. The
 * clock (decisions 0206, 0009): the {@code clock} command moves the time every service reports to any client. It needs
 * a platform of its own: the shared one ({@link PlatformExtension}) stays unseeded because other system tests register
 * demo logins.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoPlatformTest {

    /** A public endpoint of each service. */
    private static final List<String> PUBLIC = List.of("membership /roster", "election /rulebook", "proposal /q/health/live",
            "notification /q/health/live");

    private static RunningPlatform platform;

    @BeforeAll
    static void startAndSeed() throws Exception {
        platform = Platform.start(PlatformOptions.forTests(Files.createTempDirectory("pygov-demo-world")).withRepoRoot(RepoRoot.require()),
                line -> System.out.println("[demo platform] " + line));
        assertThat(DemoWorldSeeder.seedOnce(platform, line -> System.out.println("[demo platform] " + line))).isTrue();
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void everyDemoTokenCarriesWhatMembershipSaysAndWhatTheTablePromises() {
        for (DemoUser user : DemoUsers.ALL) {
            String token = token(user.username());
            Set<String> membership = membershipRoles(token);
            assertThat(DemoWorld.membershipRoles(tokenRoles(token))).as(user.username() + "'s token").isEqualTo(membership);
            assertThat(membership).as(user.username() + " in membership-service").isEqualTo(DemoWorld.membershipRoles(user.roles()));
        }
        assertThat(tokenRoles(token("ed"))).contains("executive-director", "voting-member", "packaging-member");
        assertThat(tokenRoles(token("admin1"))).contains("pygov-admin");
        // What the issue measured going wrong: the ED may still create an election once membership knows them.
        given().auth().oauth2(token("ed")).contentType("application/json")
                .body("{\"kind\":\"whole-council\",\"returningOfficerId\":\"" + subject("ro") + "\"}")
                .post(platform.serviceUrl("election") + "/elections").then().statusCode(201);
    }

    @Test
    void theWorldHasEveryClassEveryRecordableJoinSourceAndASubsidiary() {
        String membership = platform.serviceUrl("membership");
        Set<String> classes = new TreeSet<>();
        for (DemoWorld.Person person : DemoWorld.PEOPLE) {
            person.membershipClass().ifPresent(classes::add);
        }
        assertThat(classes).containsExactlyInAnyOrder("basic", "supporting", "contributing", "managing", "fellow");
        JsonPath roster = given().queryParam("size", 200).get(membership + "/roster").then().statusCode(200).extract().jsonPath();
        assertThat(roster.getList("items.joinSource", String.class))
                .contains("pypa-member", "packaging-workgroup", "core-team", "wider-community-nominee");
        JsonPath organisations = given().get(membership + "/organisations").then().statusCode(200).extract().jsonPath();
        assertThat(organisations.getString("find { it.id == '" + DemoWorld.SUBSIDIARY + "' }.rootId")).isEqualTo(DemoWorld.COMPANY);
        JsonPath affiliations = given().auth().oauth2(token("bob")).queryParam("personId", subject("bob"))
                .get(membership + "/affiliations").then().statusCode(200).extract().jsonPath();
        assertThat(affiliations.getList("organisationId", String.class)).contains(DemoWorld.SUBSIDIARY);
    }

    @Test
    void registeringADemoPersonAgainIsRefusedAndChangesNoRole() {
        String officer = token("admin1");
        for (String username : List.of("ed", "basic1")) {
            DemoUser user = DemoUsers.named(username);
            Set<String> before = membershipRoles(token(username));
            given().auth().oauth2(officer).contentType("application/json")
                    .body("{\"subject\":\"%s\",\"name\":\"Someone Else\",\"email\":\"%s\"}".formatted(subject(username), user.email()))
                    .post(platform.serviceUrl("membership") + "/people")
                    .then().statusCode(409).contentType("application/problem+json");
            assertThat(membershipRoles(token(username))).isEqualTo(before);
            assertThat(DemoWorld.membershipRoles(tokenRoles(token(username)))).isEqualTo(before);
        }
        // A restart finds the world seeded and leaves it as it is.
        assertThat(DemoWorldSeeder.seedOnce(platform, line -> { })).isFalse();
    }

    @Test
    void theClockCommandMovesWhatEveryServiceReportsAsItsTime() {
        for (String endpoint : PUBLIC) {
            assertThat(dateOf(endpoint)).as(endpoint).isBetween(platform.now().minusSeconds(5), platform.now().plusSeconds(5));
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ClockCommand.run(ClockCommand.parse(new String[] {"+3h", "--data-dir", platform.options().dataDir().toString()}),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(status).isZero();
        Instant printed = Instant.parse(out.toString(StandardCharsets.UTF_8).strip());
        assertThat(printed).isBetween(platform.now().minusSeconds(5), platform.now().plusSeconds(5));

        for (String endpoint : PUBLIC) {
            // Each service reads the offset again within a fraction of a second.
            Instant reported = Await.until(endpoint + " reports the moved time", Duration.ofSeconds(10), () -> {
                Instant date = dateOf(endpoint);
                return date.isAfter(printed.minusSeconds(5)) ? date : null;
            });
            assertThat(reported).as(endpoint).isBefore(platform.now().plusSeconds(5));
        }
    }

    private static Instant dateOf(String endpoint) {
        String[] parts = endpoint.split(" ");
        String header = given().get(platform.serviceUrl(parts[0]) + parts[1]).then().statusCode(200).extract().header("Date");
        assertThat(header).as("Date header of " + endpoint).isNotNull();
        return ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    /**
     * docs/quickstart.md as written: its sh blocks run in order with bash -e against this platform and leave a
     * certified council that respects the employer limit. Last, because it seats a council.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void theQuickstartRunsAsWrittenAndSeatsTheCouncil() throws Exception {
        var root = RepoRoot.require();
        var blocks = QuickstartScript.blocks(root.resolve("docs/quickstart.md"));
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(6);
        var outcome = QuickstartScript.run(root, blocks, java.util.Map.of(
                "PYGOV_KEYCLOAK_URL", platform.keycloak().url(),
                "PYGOV_MEMBERSHIP_URL", platform.serviceUrl("membership"),
                "PYGOV_ELECTION_URL", platform.serviceUrl("election"),
                "PYGOV_DATA_DIR", platform.options().dataDir().toString()), 15);
        assertThat(outcome.exitCode()).as(outcome.output()).isZero();

        JsonPath seats = given().get(platform.serviceUrl("election") + "/council/seats").then().statusCode(200).extract().jsonPath();
        List<String> seated = seats.getList("findAll { it.status == 'held' }.personId");
        assertThat(seated).hasSize(5)
                .containsExactlyInAnyOrder(subject("alice"), subject("carol"), subject("dave"), subject("erin"), subject("council1"))
                .doesNotContain(subject("bob"));
    }

    private static String token(String username) {
        return platform.keycloak().passwordGrant(username, DemoUsers.named(username).password());
    }

    private static String subject(String username) {
        return Tokens.claims(token(username)).get("sub").asText();
    }

    private static Set<String> membershipRoles(String token) {
        return new TreeSet<>(given().auth().oauth2(token).get(platform.serviceUrl("membership") + "/people/me/roles")
                .then().statusCode(200).extract().jsonPath().getList("roles", String.class));
    }

    private static Set<String> tokenRoles(String token) {
        List<String> names = new ArrayList<>();
        Tokens.claims(token).path("realm_access").path("roles").forEach(role -> names.add(role.asText()));
        return new TreeSet<>(names);
    }
}
