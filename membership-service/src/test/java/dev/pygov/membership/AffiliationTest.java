package dev.pygov.membership;

import dev.pygov.commons.security.Roles;
import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.events.membership.AffiliationChanged;
import dev.pygov.membership.domain.Affiliation;
import dev.pygov.membership.domain.AffiliationService;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class AffiliationTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AffiliationService affiliations;

    @Test
    @TestSecurity(user = "officer1", roles = Roles.OFFICER)
    void aSubsidiaryCountsAsItsParentInTheAffiliationAndItsEvent() {
        String parent = "corp-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType("application/json").body(org(parent, "company", null)).post("/organisations")
                .then().statusCode(201).body("rootId", equalTo(parent));
        given().contentType("application/json").body(org(parent + "-eu", "company", parent)).post("/organisations")
                .then().statusCode(201).body("rootId", equalTo(parent));
        given().contentType("application/json").body(org(parent + "-x", "company", "no-such-parent")).post("/organisations")
                .then().statusCode(404).body("field", equalTo("parentId"));
        given().contentType("application/json").body(org(parent, "company", null)).post("/organisations")
                .then().statusCode(409).body("field", equalTo("id"));

        String person = fixtures.person("employee");
        given().contentType("application/json")
                .body("{\"personId\":\"" + person + "\",\"organisationId\":\"" + parent + "-eu\",\"kind\":\"employee\",\"since\":\"2024-01-01\"}")
                .post("/affiliations").then().statusCode(201)
                .body("organisationRootId", equalTo(parent)).body("confirmed", equalTo(true));

        AffiliationChanged event = Fixtures.awaitMembershipEvents(AffiliationChanged.class, person, 1).get(0);
        assertThat(event.entityId()).isEqualTo(parent + "-eu");
        assertThat(event.entityRootId()).isEqualTo(parent);
        assertThat(event.kind()).isEqualTo("employee");
    }

    @Test
    @TestSecurity(user = "officer1", roles = Roles.OFFICER)
    void badAffiliationsAreProblemsNamingTheFieldAndChangeNothing() {
        String person = fixtures.person("badaff");
        given().contentType("application/json")
                .body("{\"personId\":\"" + person + "\",\"organisationId\":\"psf\",\"kind\":\"employee\",\"since\":\"2024-02-01\",\"until\":\"2024-01-31\"}")
                .post("/affiliations").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("until"));
        given().contentType("application/json").body("{\"personId\":\"" + person + "\",\"kind\":\"psf-member\",\"since\":\"2024-01-01\"}")
                .post("/affiliations").then().statusCode(400)
                .body("field", equalTo("kind")).body("detail", containsString("not an affiliation"));
        given().contentType("application/json").body("{\"personId\":\"" + person + "\",\"organisationId\":\"nowhere\",\"kind\":\"employee\",\"since\":\"2024-01-01\"}")
                .post("/affiliations").then().statusCode(404).body("field", equalTo("organisationId"));
        given().contentType("application/json").body("{\"personId\":\"ghost-" + person + "\",\"organisationId\":\"psf\",\"kind\":\"employee\",\"since\":\"2024-01-01\"}")
                .post("/affiliations").then().statusCode(404).body("field", equalTo("personId"));
        assertThat(Fixtures.tx(() -> Affiliation.count("personId", person))).isZero();
    }

    @Test
    @TestSecurity(user = "self-declarer", roles = Roles.BASIC_MEMBER)
    void iDeclareMyOwnPsfRoleAffiliationUnconfirmedAndEndIt() {
        fixtures.person("self-declarer", "Self Declarer");
        String id = given().contentType("application/json").body("{\"kind\":\"psf-director\",\"since\":\"2025-07-01\"}")
                .post("/affiliations/mine").then().statusCode(201)
                .body("organisationId", equalTo("psf")).body("confirmed", equalTo(false)).body("declaredBy", equalTo("self-declarer"))
                .extract().path("id");
        given().contentType("application/json").body("{\"until\":\"2025-06-30\"}")
                .post("/affiliations/" + id + "/end").then().statusCode(400).body("field", equalTo("until"));
        given().contentType("application/json").body("{\"until\":\"2026-06-30\"}")
                .post("/affiliations/" + id + "/end").then().statusCode(200).body("until", equalTo("2026-06-30"));
        given().queryParam("personId", "self-declarer").get("/affiliations").then().statusCode(200).body("", hasSize(1));
        given().contentType("application/json").post("/affiliations/" + id + "/confirmation").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "officer2", roles = Roles.OFFICER)
    void anOfficerConfirmsADeclaredAffiliation() {
        String person = fixtures.person("declared");
        Affiliation declared = Fixtures.tx(() -> affiliations.declare(person, "psf",
                dev.pygov.membership.domain.AffiliationKind.PSF_EMPLOYEE, LocalDate.parse("2023-01-01"), null, person, false));
        given().contentType("application/json").post("/affiliations/" + declared.id + "/confirmation")
                .then().statusCode(200).body("confirmed", equalTo(true));
        given().contentType("application/json").post("/affiliations/" + UUID.randomUUID() + "/confirmation")
                .then().statusCode(404).body("field", equalTo("affiliationId"));
    }

    @Test
    @TestSecurity(user = "someone-else", roles = Roles.BASIC_MEMBER)
    void iCannotEndSomeoneElsesAffiliationOrRecordOneForThemOrCreateOrganisations() {
        String person = fixtures.person("other");
        Affiliation theirs = Fixtures.tx(() -> affiliations.declare(person, "psf",
                dev.pygov.membership.domain.AffiliationKind.PSF_OFFICER, LocalDate.parse("2023-01-01"), null, person, false));
        given().contentType("application/json").body("{\"until\":\"2026-06-30\"}")
                .post("/affiliations/" + theirs.id + "/end").then().statusCode(404);
        given().contentType("application/json").body("{\"kind\":\"psf-officer\",\"since\":\"2024-01-01\"}")
                .post("/affiliations").then().statusCode(403);
        given().contentType("application/json").body(org("mine", "company", null)).post("/organisations").then().statusCode(403);
        assertThat(Fixtures.tx(() -> Affiliation.<Affiliation>findById(theirs.id).until)).isNull();
    }

    @Test
    void anonymousCallersSeeOrganisationsButNotAffiliations() {
        Fixtures.tx(() -> affiliations.organisations());
        given().get("/organisations").then().statusCode(200).body("find { it.id == 'psf' }.kind", equalTo("non-profit"));
        given().queryParam("personId", "someone").get("/affiliations").then().statusCode(401);
        given().contentType("application/json").body("{\"kind\":\"psf-officer\",\"since\":\"2024-01-01\"}")
                .post("/affiliations/mine").then().statusCode(401);
        given().contentType("application/json").body(org("anon", "company", null)).post("/organisations").then().statusCode(401);
        given().contentType("application/json").post("/affiliations/" + UUID.randomUUID() + "/confirmation").then().statusCode(401);
    }

    private static String org(String id, String kind, String parent) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + id + " Inc\",\"kind\":\"" + kind + "\""
                + (parent == null ? "" : ",\"parentId\":\"" + parent + "\"") + "}";
    }

}
