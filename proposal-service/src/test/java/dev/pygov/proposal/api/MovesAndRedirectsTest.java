package dev.pygov.proposal.api;

import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.proposal.Fixtures;
import dev.pygov.proposal.domain.PageService;
import dev.pygov.proposal.domain.ResolutionService;
import dev.pygov.proposal.domain.Section;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static dev.pygov.proposal.Fixtures.path;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class MovesAndRedirectsTest {

    @Inject
    PageService pages;
    @Inject
    ResolutionService resolutions;

    @Test
    @TestSecurity(user = "dora", roles = "director")
    void aDirectorMovesAProposalToResolutionAndTheOldPathRedirectsWith308() {
        String name = Fixtures.uniqueName("Move");
        Fixtures.discussion(pages, name);
        given().contentType("application/json")
                .body("{\"toSection\":\"ProposalsForResolution\",\"reason\":\"discussion has settled\"}")
                .post(path(Section.PROPOSALS_FOR_DISCUSSION, name) + "/move").then().statusCode(200)
                .body("from", equalTo("PythonSoftwareFoundation/ProposalsForDiscussion/" + name))
                .body("to", equalTo("PythonSoftwareFoundation/ProposalsForResolution/" + name))
                .body("movedBy", equalTo("dora"));

        given().get(path(Section.PROPOSALS_FOR_DISCUSSION, name)).then().statusCode(308)
                .header("Location", endsWith(path(Section.PROPOSALS_FOR_RESOLUTION, name)));
        given().queryParam("from", 1).queryParam("to", 1).get(path(Section.PROPOSALS_FOR_DISCUSSION, name) + "/diff").then()
                .statusCode(308)
                .header("Location", endsWith(path(Section.PROPOSALS_FOR_RESOLUTION, name) + "/diff?from=1&to=1"));
        given().get(path(Section.PROPOSALS_FOR_RESOLUTION, name) + "/moves").then().statusCode(200)
                .body("reason", contains("discussion has settled"));
        RestAssured.given().get(path(Section.PROPOSALS_FOR_DISCUSSION, name)).then().statusCode(200)
                .body("section", equalTo("ProposalsForResolution"));
    }

    @Test
    void aChainOfMovesResolvesInOneStepFromEveryOldPath() {
        String name = Fixtures.uniqueName("Chain");
        var page = Fixtures.forResolution(pages, resolutions, name);
        Fixtures.boardDecides(resolutions, page.id, "favourable", 1);
        resolutions.retire(Fixtures.DORA_DIRECTOR, page.id, "superseded");

        for (Section old : new Section[]{Section.PROPOSALS_FOR_DISCUSSION, Section.PROPOSALS_FOR_RESOLUTION, Section.ACTIVE_POLICIES}) {
            given().get(path(old, name)).then().statusCode(308)
                    .header("Location", endsWith(path(Section.RETIRED_POLICIES, name)));
        }
        given().get(path(Section.RETIRED_POLICIES, name) + "/moves").then().statusCode(200)
                .body("to", contains("PythonSoftwareFoundation/ProposalsForResolution/" + name,
                        "PythonSoftwareFoundation/ActivePolicies/" + name, "PythonSoftwareFoundation/RetiredPolicies/" + name))
                .body("movedBy", contains("dora", "pygov:board-vote", "dora"));
        given().get("/pages/" + page.id).then().statusCode(308).header("Location", endsWith(path(Section.RETIRED_POLICIES, name)));
    }

    @Test
    @TestSecurity(user = "bea", roles = "basic-member")
    void aBasicMemberCannotMoveEvenTheirOwnProposal() {
        String name = Fixtures.uniqueName("Mine");
        Fixtures.discussion(pages, name);
        given().contentType("application/json").body("{\"toSection\":\"ProposalsForResolution\",\"reason\":\"please\"}")
                .post(path(Section.PROPOSALS_FOR_DISCUSSION, name) + "/move").then().statusCode(403)
                .contentType("application/problem+json");
        given().get(path(Section.PROPOSALS_FOR_DISCUSSION, name)).then().statusCode(200);
    }

    @Test
    void anonymousCallersCannotMove() {
        String name = Fixtures.uniqueName("Anon");
        Fixtures.discussion(pages, name);
        given().contentType("application/json").body("{\"toSection\":\"ProposalsForResolution\",\"reason\":\"x\"}")
                .post(path(Section.PROPOSALS_FOR_DISCUSSION, name) + "/move").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "otto", roles = "officer")
    void movesOutOfTheWrongSectionOrWithoutAReasonAreRefusedAndChangeNothing() {
        String policy = Fixtures.uniqueName("Active");
        Fixtures.activePolicy(pages, resolutions, policy);
        given().contentType("application/json").body("{\"toSection\":\"ProposalsForResolution\",\"reason\":\"reconsider\"}")
                .post(path(Section.ACTIVE_POLICIES, policy) + "/move").then().statusCode(422)
                .body("type", equalTo("https://pygov.dev/problems/move-not-allowed"))
                .body("field", equalTo("toSection"));
        String name = Fixtures.uniqueName("Draft");
        Fixtures.discussion(pages, name);
        given().contentType("application/json").body("{\"toSection\":\"ActivePolicies\",\"reason\":\"skip the process\"}")
                .post(path(Section.PROPOSALS_FOR_DISCUSSION, name) + "/move").then().statusCode(422)
                .body("field", equalTo("toSection"));
        given().contentType("application/json").body("{\"toSection\":\"Nowhere\",\"reason\":\"x\"}")
                .post(path(Section.PROPOSALS_FOR_DISCUSSION, name) + "/move").then().statusCode(400)
                .body("field", equalTo("toSection"));
        given().contentType("application/json").body("{\"toSection\":\"ProposalsForResolution\",\"reason\":\" \"}")
                .post(path(Section.PROPOSALS_FOR_DISCUSSION, name) + "/move").then().statusCode(400)
                .body("field", equalTo("reason"));
        given().contentType("application/json").body("{\"reason\":\"x\"}")
                .post(path(Section.PROPOSALS_FOR_DISCUSSION, name) + "/move").then().statusCode(400)
                .body("field", equalTo("toSection"));
        given().contentType("application/json").body("{\"reason\":\"old\"}")
                .post(path(Section.PROPOSALS_FOR_DISCUSSION, name) + "/retirement").then().statusCode(422)
                .body("field", equalTo("section"));
        given().get(path(Section.ACTIVE_POLICIES, policy)).then().statusCode(200);
        given().get(path(Section.PROPOSALS_FOR_DISCUSSION, name)).then().statusCode(200);
        given().get(path(Section.PROPOSALS_FOR_DISCUSSION, name) + "/moves").then().body("", org.hamcrest.Matchers.empty());
    }

    @Test
    @TestSecurity(user = "dora", roles = "director")
    void aNameCollisionInTheTargetSectionIsRefusedAndARenameResolvesIt() {
        String name = Fixtures.uniqueName("Twin");
        var first = Fixtures.forResolution(pages, resolutions, name);
        Fixtures.discussion(pages, name + "X");
        // A second proposal with the same name cannot be created where the first one's old path still redirects.
        given().contentType("application/json")
                .body("{\"name\":\"" + name + "\",\"title\":\"T\",\"kind\":\"STRATEGIC_PROPOSAL\",\"text\":\"t\"}")
                .post("/pages").then().statusCode(409).body("field", equalTo("name"));

        given().contentType("application/json").body("{\"toSection\":\"ProposalsForResolution\",\"name\":\"" + name + "\",\"reason\":\"ready\"}")
                .post(path(Section.PROPOSALS_FOR_DISCUSSION, name + "X") + "/move").then().statusCode(409)
                .body("field", equalTo("name"));
        given().contentType("application/json").body("{\"toSection\":\"ProposalsForResolution\",\"name\":\"" + name + "Y\",\"reason\":\"ready, renamed\"}")
                .post(path(Section.PROPOSALS_FOR_DISCUSSION, name + "X") + "/move").then().statusCode(200)
                .body("to", equalTo("PythonSoftwareFoundation/ProposalsForResolution/" + name + "Y"));
        given().get(path(Section.PROPOSALS_FOR_DISCUSSION, name + "X")).then().statusCode(308)
                .header("Location", endsWith(path(Section.PROPOSALS_FOR_RESOLUTION, name + "Y")));
        given().get("/pages/" + first.id).then().statusCode(308);
    }

    @Test
    @TestSecurity(user = "dora", roles = "director")
    void aProposalSentBackToDiscussionLivesAtItsOldPathAgain() {
        String name = Fixtures.uniqueName("Back");
        Fixtures.forResolution(pages, resolutions, name);
        given().contentType("application/json").body("{\"toSection\":\"ProposalsForDiscussion\",\"reason\":\"needs more work\"}")
                .post(path(Section.PROPOSALS_FOR_RESOLUTION, name) + "/move").then().statusCode(200);
        given().get(path(Section.PROPOSALS_FOR_DISCUSSION, name)).then().statusCode(200).body("section", equalTo("ProposalsForDiscussion"));
        given().get(path(Section.PROPOSALS_FOR_RESOLUTION, name)).then().statusCode(308)
                .header("Location", endsWith(path(Section.PROPOSALS_FOR_DISCUSSION, name)));
    }

    /** Redirects are what we test, so rest-assured must not follow them. */
    private static RequestSpecification given() {
        return RestAssured.given().config(RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)));
    }
}
