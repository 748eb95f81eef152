package dev.pygov.membership;

import dev.pygov.commons.security.Roles;
import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.events.election.ElectionCertified;
import dev.pygov.events.membership.CommunityMemberJoined;
import dev.pygov.membership.domain.AffiliationService;
import dev.pygov.membership.domain.CommunityMember;
import dev.pygov.membership.domain.OrganisationKind;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class RosterTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AffiliationService affiliations;

    /** These tests are about the initial membership phase, whatever council elections other tests certified. */
    @org.junit.jupiter.api.BeforeEach
    void initialMembershipIsOpen() {
        Fixtures.initialMembershipOpen();
    }

    @Test
    @TestSecurity(user = "officer1", roles = Roles.OFFICER)
    void anOfficerRecordsAnInitialMemberWithAnEventAndTheirHistory() {
        String person = fixtures.person("pypa");
        given().contentType("application/json").body(join(person, "pypa-member", null))
                .post("/roster").then().statusCode(201)
                .body("joinSource", equalTo("pypa-member")).body("status", equalTo("active"))
                .body("qualification", equalTo("triage bit on pypa/" + person));

        CommunityMemberJoined joined = Fixtures.awaitMembershipEvents(CommunityMemberJoined.class, person, 1).get(0);
        assertThat(joined.joinSource()).isEqualTo("pypa-member");
        given().get("/roster/" + person + "/history").then().statusCode(200)
                .body("", hasSize(1)).body("[0].status", equalTo("active"))
                .body("[0].reason", equalTo("joined as pypa-member: triage bit on pypa/" + person)).body("[0].rulebookVersion", equalTo(1));
        String unqualified = fixtures.person("unqualified");
        given().contentType("application/json").body("{\"personId\":\"" + unqualified + "\",\"joinSource\":\"core-team\"}")
                .post("/roster").then().statusCode(400).contentType("application/problem+json").body("field", equalTo("qualification"));

        given().contentType("application/json").body(join(person, "core-team", null))
                .post("/roster").then().statusCode(409).body("field", equalTo("personId"));
        given().contentType("application/json").body(join("ghost-" + person, "core-team", null))
                .post("/roster").then().statusCode(404).body("field", equalTo("personId"));
        given().contentType("application/json").body(join(person, "admitted-by-vote", null))
                .post("/roster").then().statusCode(400).body("field", equalTo("joinSource"));
        given().contentType("application/json").body(join(person, "friend-of-guido", null))
                .post("/roster").then().statusCode(400).body("field", equalTo("joinSource"));
    }

    @Test
    @TestSecurity(user = "officer1", roles = Roles.OFFICER)
    void aWiderCommunityOrganisationNominatesSevenAndTheEighthIsRefusedChangingNothing() {
        String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
        Fixtures.tx(() -> affiliations.createOrganisation(org, "PyOpenSci test", OrganisationKind.NON_PROFIT, null));
        for (int i = 0; i < 7; i++) {
            given().contentType("application/json").body(join(fixtures.person("nominee"), "wider-community-nominee", org))
                    .post("/roster").then().statusCode(201).body("nominatingOrganisation", equalTo(org));
        }
        String eighth = fixtures.person("eighth");
        given().contentType("application/json").body(join(eighth, "wider-community-nominee", org))
                .post("/roster").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pygov.dev/problems/nominee-cap-reached"))
                .body("field", equalTo("nominatingOrganisation"))
                .body("detail", containsString("at most 7"));

        assertThat(Fixtures.tx(() -> CommunityMember.nomineesOf(org))).isEqualTo(7);
        assertThat(Fixtures.tx(() -> CommunityMember.findByIdOptional(eighth).isPresent())).isFalse();
        given().contentType("application/json").body(join(eighth, "wider-community-nominee", null))
                .post("/roster").then().statusCode(400).body("field", equalTo("nominatingOrganisation"));
        given().contentType("application/json").body(join(eighth, "wider-community-nominee", "no-such-org"))
                .post("/roster").then().statusCode(404).body("field", equalTo("nominatingOrganisation"));
        given().contentType("application/json").body(join(eighth, "core-team", org))
                .post("/roster").then().statusCode(400).body("field", equalTo("nominatingOrganisation"));
    }

    @Test
    void theRosterIsPublicPagedFilteredAndHasNoEmail() {
        String org = "acme-" + UUID.randomUUID().toString().substring(0, 8);
        String listed = fixtures.member("listed");
        fixtures.member("listed");
        fixtures.member("listed");
        Response first = given().queryParam("size", 2).queryParam("page", 0).get("/roster");
        first.then().statusCode(200).body("items", hasSize(2)).body("size", equalTo(2)).body("page", equalTo(0));
        long total = first.jsonPath().getLong("total");
        assertThat(total).isGreaterThanOrEqualTo(3);
        given().queryParam("size", 2).queryParam("page", (int) ((total - 1) / 2)).get("/roster")
                .then().statusCode(200).body("items", hasSize((int) (total % 2 == 0 ? 2 : 1)));

        List<Map<String, Object>> items = first.jsonPath().getList("items");
        assertThat(items.get(0)).containsOnlyKeys("personId", "displayName", "joinSource", "nominatingOrganisation", "qualification", "status",
                "joinedAt");
        assertThat(first.asString()).doesNotContain("@example.org");

        given().queryParam("status", "active").queryParam("joinSource", "pypa-member").queryParam("size", 200).get("/roster")
                .then().statusCode(200)
                .body("items.status", everyItem(equalTo("active")))
                .body("items.joinSource", everyItem(equalTo("pypa-member")))
                .body("items.personId", hasItem(listed));
        given().queryParam("joinSource", "packaging-workgroup").queryParam("size", 200).get("/roster")
                .then().statusCode(200).body("items.personId", not(hasItem(listed)));
        given().queryParam("page", 100000).get("/roster").then().statusCode(200).body("items", hasSize(0));
        given().queryParam("status", "sleeping").get("/roster").then().statusCode(400).body("field", equalTo("status"));
        given().queryParam("size", 0).get("/roster").then().statusCode(400).body("field", equalTo("size"));
        given().get("/roster/nobody-" + org + "/history").then().statusCode(404).body("field", equalTo("personId"));
    }

    @Test
    void anonymousCallersMayNotRecordMembers() {
        given().contentType("application/json").body(join("x", "core-team", null)).post("/roster").then().statusCode(401);
        given().get("/roster/x/resumption-requests").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "member1", roles = {Roles.PACKAGING_MEMBER, Roles.VOTING_MEMBER})
    void membersMayNotRecordMembers() {
        given().contentType("application/json").body(join("x", "core-team", null)).post("/roster").then().statusCode(403);
        given().get("/roster/x/resumption-requests").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "officer1", roles = Roles.OFFICER)
    void onceTheFirstCouncilElectionIsCertifiedAnOfficerCanNoLongerAddAMemberByHand() {
        String early = fixtures.person("early");
        given().get("/roster/phase").then().statusCode(200).body("initialMembershipOpen", equalTo(true));
        given().contentType("application/json").body(join(early, "core-team", null)).post("/roster").then().statusCode(201);

        String electionId = "council-" + UUID.randomUUID();
        Fixtures.sendElectionEvent(new ElectionCertified(electionId, "council", List.of(), 1, Instant.now()));
        awaitInitialMembershipEnded();
        given().get("/roster/phase").then().body("initialEndedByElection", equalTo(electionId));

        String late = fixtures.person("late");
        given().contentType("application/json").body(join(late, "pypa-member", null)).post("/roster").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pygov.dev/problems/initial-membership-ended"))
                .body("field", equalTo("joinSource"));
        // An officer's reason does not make it a correction: only an admin corrects the roster.
        given().contentType("application/json").body(correction(late, "forgotten in the initial list")).post("/roster").then().statusCode(422);
        assertThat(Fixtures.tx(() -> CommunityMember.findByIdOptional(late).isPresent())).isFalse();
        Fixtures.initialMembershipOpen();
    }

    @Test
    @TestSecurity(user = "admin1", roles = Roles.ADMIN)
    void anAdminCorrectsTheRosterAfterInitialMembershipWithAReasonOnTheRecord() {
        Fixtures.sendElectionEvent(new ElectionCertified("council-" + UUID.randomUUID(), "council", List.of(), 1, Instant.now()));
        awaitInitialMembershipEnded();
        String missed = fixtures.person("missed");
        given().contentType("application/json").body(join(missed, "packaging-workgroup", null)).post("/roster").then().statusCode(422);
        given().contentType("application/json").body(correction(missed, " ")).post("/roster").then().statusCode(400)
                .body("field", equalTo("reason"));
        given().contentType("application/json").body(correction(missed, "on the 2025 charter, left out of the initial import"))
                .post("/roster").then().statusCode(201);
        given().get("/roster/" + missed + "/history").then().statusCode(200)
                .body("[0].reason", equalTo("added by admin1 as a correction (on the 2025 charter, left out of the initial import), "
                        + "as packaging-workgroup"));
        Fixtures.initialMembershipOpen();
    }

    private static void awaitInitialMembershipEnded() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (Boolean.TRUE.equals(given().get("/roster/phase").then().statusCode(200).extract().path("initialMembershipOpen"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("membership-service did not hear of the certification within 30 s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String correction(String personId, String reason) {
        return "{\"personId\":\"" + personId + "\",\"joinSource\":\"packaging-workgroup\",\"qualification\":\"listed on the "
                + "Packaging WG charter\",\"reason\":\"" + reason + "\"}";
    }

    private static String join(String personId, String source, String org) {
        return "{\"personId\":\"" + personId + "\",\"joinSource\":\"" + source + "\",\"qualification\":\"triage bit on pypa/"
                + personId + "\"" + (org == null ? "" : ",\"nominatingOrganisation\":\"" + org + "\"") + "}";
    }
}
