package dev.pygov.membership;

import dev.pygov.commons.security.Roles;
import dev.pygov.events.membership.AffiliationChanged;
import dev.pygov.events.membership.MembershipClassChanged;
import dev.pygov.events.membership.RoleChanged;
import dev.pygov.membership.domain.PsfMembership;
import dev.pygov.membership.domain.RoleAssignment;
import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class MembershipClassAndRolesTest {

    @Inject
    Fixtures fixtures;

    @Test
    @TestSecurity(user = "officer1", roles = Roles.OFFICER)
    void anOfficerSetsAVotingClassAndTheClassAndTheVotingRoleAreEventsOnKafka() {
        String person = fixtures.person("fellow");
        given().contentType("application/json").body(classBody("basic", "2025-01-01"))
                .put("/people/" + person + "/membership-class").then().statusCode(200)
                .body("votingMember", equalTo(false));
        given().contentType("application/json").body(classBody("fellow", "2025-06-01"))
                .put("/people/" + person + "/membership-class").then().statusCode(200)
                .body("membershipClass", equalTo("fellow")).body("votingMember", equalTo(true));

        List<MembershipClassChanged> classes = Fixtures.awaitMembershipEvents(MembershipClassChanged.class, person, 2);
        assertThat(classes).extracting(MembershipClassChanged::membershipClass).containsExactly("basic", "fellow");
        assertThat(classes.get(1).votingMember()).isTrue();
        List<RoleChanged> roles = Fixtures.awaitMembershipEvents(RoleChanged.class, person, 2);
        assertThat(roles).extracting(RoleChanged::role, RoleChanged::held)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Roles.BASIC_MEMBER, true),
                        org.assertj.core.groups.Tuple.tuple(Roles.VOTING_MEMBER, true));

        given().get("/people/" + person + "/membership-class").then().statusCode(200)
                .body("[0].until", equalTo("2025-06-01")).body("[1].until", equalTo(null));
    }

    @Test
    @TestSecurity(user = "officer1", roles = Roles.OFFICER)
    void anUnknownClassOrPersonOrBackdatedClassIsAProblemNamingTheFieldAndChangesNothing() {
        String person = fixtures.person("badclass");
        given().contentType("application/json").body(classBody("platinum", "2025-01-01"))
                .put("/people/" + person + "/membership-class").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("membershipClass"));
        given().contentType("application/json").body(classBody("fellow", "2025-01-01"))
                .put("/people/nobody-" + person + "/membership-class").then().statusCode(404)
                .contentType("application/problem+json").body("field", equalTo("personId"));
        given().contentType("application/json").body("{\"membershipClass\":\"fellow\",\"since\":\"2025-02-01\",\"until\":\"2025-01-01\"}")
                .put("/people/" + person + "/membership-class").then().statusCode(400).body("field", equalTo("until"));
        given().contentType("application/json").body(classBody("supporting", "2025-03-01"))
                .put("/people/" + person + "/membership-class").then().statusCode(200);
        given().contentType("application/json").body(classBody("fellow", "2025-03-01"))
                .put("/people/" + person + "/membership-class").then().statusCode(409).body("field", equalTo("since"));

        assertThat(Fixtures.tx(() -> PsfMembership.<PsfMembership>list("personId", person)))
                .extracting(m -> m.membershipClass).containsExactly("supporting");
    }

    @Test
    @TestSecurity(user = "officer1", roles = Roles.OFFICER)
    void anOfficerGrantsARoleForAPeriodWithAnEvent() {
        String person = fixtures.person("director");
        given().contentType("application/json").body("{\"role\":\"director\",\"from\":\"2025-07-01T00:00:00Z\",\"until\":\"2030-07-01T00:00:00Z\"}")
                .post("/people/" + person + "/roles").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("authority"));
        given().contentType("application/json").body("{\"role\":\"director\",\"from\":\"2025-07-01T00:00:00Z\",\"until\":\"2030-07-01T00:00:00Z\","
                        + "\"authority\":\"PSF Board election 2025, certified result\"}")
                .post("/people/" + person + "/roles").then().statusCode(201)
                .body("role", equalTo("director")).body("grantedBy", equalTo("officer1"))
                .body("authority", equalTo("PSF Board election 2025, certified result")).body("recordedAt", org.hamcrest.Matchers.notNullValue());
        RoleChanged event = Fixtures.awaitMembershipEvents(RoleChanged.class, person, 1).get(0);
        assertThat(event.role()).isEqualTo("director");
        assertThat(event.until()).isEqualTo(java.time.Instant.parse("2030-07-01T00:00:00Z"));

        given().contentType("application/json").body("{\"role\":\"officer\",\"from\":\"2025-07-01T00:00:00Z\",\"until\":\"2025-06-01T00:00:00Z\",\"authority\":\"R1\"}")
                .post("/people/" + person + "/roles").then().statusCode(400).body("field", equalTo("until"));
        given().contentType("application/json").body("{\"role\":\"council-member\",\"from\":\"2025-07-01T00:00:00Z\",\"authority\":\"R1\"}")
                .post("/people/" + person + "/roles").then().statusCode(400).body("field", equalTo("role"));
        assertThat(Fixtures.tx(() -> RoleAssignment.count("personId", person))).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "roles-me", roles = Roles.BASIC_MEMBER)
    void iSeeMyRolesAsThisServiceDecidesThem() {
        fixtures.memberNamed("roles-me");
        Fixtures.tx(() -> {
            io.quarkus.arc.Arc.container().instance(dev.pygov.membership.domain.PsfMembershipService.class).get()
                    .setClass("roles-me", dev.pygov.membership.domain.MembershipClass.CONTRIBUTING, LocalDate.parse("2024-01-01"), null);
            return null;
        });
        given().get("/people/me/roles").then().statusCode(200)
                .body("personId", equalTo("roles-me"))
                .body("roles", hasItems(Roles.BASIC_MEMBER, Roles.VOTING_MEMBER, Roles.PACKAGING_MEMBER))
                .body("roles", not(hasItem(Roles.DIRECTOR)));
    }

    @Test
    @TestSecurity(user = "profile-me", roles = Roles.BASIC_MEMBER)
    void iReadAndUpdateMyOwnProfile() {
        fixtures.person("profile-me", "Old Name");
        given().contentType("application/json").body("{\"name\":\"New Name\",\"displayName\":\"Newbie\"}")
                .put("/people/me").then().statusCode(200).body("displayName", equalTo("Newbie"));
        given().get("/people/me").then().statusCode(200).body("name", equalTo("New Name"))
                .body("email", equalTo("profile-me@example.org"));
        given().contentType("application/json").body("{\"name\":\"\"}")
                .put("/people/me").then().statusCode(400).body("field", equalTo("name"));
        given().get("/people/me").then().body("name", equalTo("New Name"));
    }

    @Test
    @TestSecurity(user = "officer-self", roles = Roles.OFFICER)
    void anOfficerCannotGrantThemselvesARoleNorEndTheirOwn() {
        String self = fixtures.person("officer-self", "Olive Self");
        for (String role : List.of("director", "officer", "executive-director")) {
            given().contentType("application/json")
                    .body("{\"role\":\"" + role + "\",\"from\":\"2025-07-01T00:00:00Z\",\"authority\":\"Board resolution 2025-07-01\"}")
                    .post("/people/" + self + "/roles").then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("https://pygov.dev/problems/own-role")).body("field", equalTo("personId"));
        }
        assertThat(Fixtures.tx(() -> RoleAssignment.count("personId", self))).isZero();
        given().get("/people/me/roles").then().statusCode(200).body("roles", not(hasItem(Roles.DIRECTOR)));
    }

    @Test
    @TestSecurity(user = "officer1", roles = Roles.OFFICER)
    void anOfficerEndsARolePeriodEarlyOnAnAuthorityAndTheEndIsRecorded() {
        String person = fixtures.person("resigning");
        java.time.Instant from = java.time.Instant.now().minus(java.time.Duration.ofDays(30));
        String grantId = given().contentType("application/json")
                .body("{\"role\":\"director\",\"from\":\"" + from + "\",\"authority\":\"PSF Board election 2025\"}")
                .post("/people/" + person + "/roles").then().statusCode(201).extract().path("id");
        given().contentType("application/json").body("{}").post("/people/" + person + "/roles/" + grantId + "/end")
                .then().statusCode(400).body("field", equalTo("authority"));
        given().contentType("application/json").body("{\"authority\":\"x\"}")
                .post("/people/" + person + "/roles/" + java.util.UUID.randomUUID() + "/end").then().statusCode(404);
        java.time.Instant at = java.time.Instant.now().minusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        given().contentType("application/json").body("{\"at\":\"" + at + "\",\"authority\":\"Resignation accepted, Board resolution 2025-11-02\"}")
                .post("/people/" + person + "/roles/" + grantId + "/end").then().statusCode(200)
                .body("until", org.hamcrest.Matchers.notNullValue()).body("endedBy", equalTo("officer1"))
                .body("endAuthority", equalTo("Resignation accepted, Board resolution 2025-11-02"));
        given().contentType("application/json").body("{\"authority\":\"again\"}")
                .post("/people/" + person + "/roles/" + grantId + "/end").then().statusCode(409);
        // recorded, not deleted: the period is still listed, ended
        given().get("/people/" + person + "/roles").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].authority", equalTo("PSF Board election 2025"))
                .body("[0].endedBy", equalTo("officer1"));
        List<RoleChanged> events = Fixtures.awaitMembershipEvents(RoleChanged.class, person, 2);
        assertThat(events.get(1).held()).isFalse();
        assertThat(events.get(1).until()).isEqualTo(at);
        assertThat(Fixtures.tx(() -> RoleAssignment.<RoleAssignment>findById(java.util.UUID.fromString(grantId)).heldAt(java.time.Instant.now())))
                .isFalse();
        // A director is affiliated with the PSF for the employer limit from the grant to its end, recorded by nobody by hand.
        List<AffiliationChanged> affiliated = Fixtures.awaitMembershipEvents(AffiliationChanged.class, person, 2);
        assertThat(affiliated).extracting(AffiliationChanged::kind).containsExactly("psf-director", "psf-director");
        assertThat(affiliated.get(0).entityId()).isEqualTo("psf");
        assertThat(affiliated.get(0).since()).isEqualTo(LocalDate.ofInstant(from, java.time.ZoneOffset.UTC));
        assertThat(affiliated.get(0).until()).isNull();
        assertThat(affiliated.get(1).until()).isEqualTo(LocalDate.ofInstant(at, java.time.ZoneOffset.UTC));
    }

    @Test
    void anonymousCallersMayNotReadOrChangeMembership() {
        given().get("/people/me/roles").then().statusCode(401);
        given().contentType("application/json").body("{\"name\":\"x\"}").put("/people/me").then().statusCode(401);
        given().contentType("application/json").body(classBody("fellow", "2025-01-01"))
                .put("/people/someone/membership-class").then().statusCode(401);
        given().contentType("application/json").body("{\"role\":\"director\",\"from\":\"2025-07-01T00:00:00Z\"}")
                .post("/people/someone/roles").then().statusCode(401);
        given().get("/people/someone/membership-class").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "voter1", roles = {Roles.BASIC_MEMBER, Roles.VOTING_MEMBER, Roles.DIRECTOR})
    void membersAndDirectorsMayNotSetClassesOrGrantRoles() {
        given().contentType("application/json").body(classBody("fellow", "2025-01-01"))
                .put("/people/someone/membership-class").then().statusCode(403);
        given().contentType("application/json").body("{\"role\":\"director\",\"from\":\"2025-07-01T00:00:00Z\"}")
                .post("/people/someone/roles").then().statusCode(403);
        given().get("/people/nobody-at-all/membership-class").then().statusCode(404).body("field", equalTo("id"));
    }

    private static String classBody(String membershipClass, String since) {
        return "{\"membershipClass\":\"" + membershipClass + "\",\"since\":\"" + since + "\"}";
    }
}
