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
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static dev.pygov.proposal.Fixtures.path;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class CatalogueResourceTest {

    @Inject
    PageService pages;
    @Inject
    ResolutionService resolutions;

    @Test
    @TestSecurity(user = "bea", roles = "basic-member")
    void aBasicMemberProposesForDiscussionAtAStablePath() {
        String name = Fixtures.uniqueName("Proposal");
        given().contentType("application/json")
                .body("""
                        {"name":"%s","title":"Strategic decisions","kind":"STRATEGIC_PROPOSAL","text":"# Why\\nBecause.","comment":"first"}
                        """.formatted(name))
                .post("/pages")
                .then().statusCode(201)
                .header("Location", endsWith(path(Section.PROPOSALS_FOR_DISCUSSION, name)))
                .body("path", equalTo("PythonSoftwareFoundation/ProposalsForDiscussion/" + name))
                .body("authors", contains("bea"))
                .body("revision", equalTo(1))
                .body("text", equalTo("# Why\nBecause."));
    }

    @Test
    void anyoneReadsAPageItsHistoryRevisionsAndDiffsAnonymousIncluded() {
        String name = Fixtures.uniqueName("Readable");
        var page = Fixtures.discussion(pages, name);
        pages.revise(Fixtures.BEA_BASIC, page.id, null, "line one\nline 2\nline three", "second thoughts");

        given().get(path(Section.PROPOSALS_FOR_DISCUSSION, name)).then().statusCode(200)
                .body("title", equalTo("Title of " + name))
                .body("revision", equalTo(2))
                .body("text", equalTo("line one\nline 2\nline three"))
                .body("resolution", nullValue());
        given().get(path(Section.PROPOSALS_FOR_DISCUSSION, name) + "/history").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.number", contains(2, 1))
                .body("items[0].authorId", equalTo("bea"))
                .body("items[0].comment", equalTo("second thoughts"))
                .body("items[0].text", nullValue());
        given().get(path(Section.PROPOSALS_FOR_DISCUSSION, name) + "/revisions/1").then().statusCode(200)
                .body("text", equalTo("line one\nline two"))
                .body("comment", equalTo("first draft"));
        given().queryParam("from", 1).queryParam("to", 2)
                .get(path(Section.PROPOSALS_FOR_DISCUSSION, name) + "/diff").then().statusCode(200)
                .body("lines.op", contains("KEPT", "REMOVED", "ADDED", "ADDED"))
                .body("lines.text", contains("line one", "line two", "line 2", "line three"));
        given().queryParam("from", 1).queryParam("to", 9)
                .get(path(Section.PROPOSALS_FOR_DISCUSSION, name) + "/diff").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("to"));
    }

    @Test
    void historyIsPaginated() {
        String name = Fixtures.uniqueName("Paged");
        var page = Fixtures.discussion(pages, name);
        for (int i = 2; i <= 5; i++) {
            pages.revise(Fixtures.BEA_BASIC, page.id, null, "text " + i, "edit " + i);
        }
        given().queryParam("page", 1).queryParam("size", 2)
                .get(path(Section.PROPOSALS_FOR_DISCUSSION, name) + "/history").then().statusCode(200)
                .body("total", equalTo(5)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.number", contains(3, 2));
        given().queryParam("size", 101).get(path(Section.PROPOSALS_FOR_DISCUSSION, name) + "/history").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("size"));
    }

    @Test
    void listsFilterBySectionKindAuthorAndTextAndArePaginated() {
        String marker = Fixtures.uniqueName("zq");
        var one = pages.create(Fixtures.BEA_BASIC, new PageService.NewPage(null, marker + "A", "About " + marker,
                dev.pygov.proposal.domain.Kind.WORKING_GROUP_CHARTER, null, "charter", null));
        pages.create(Fixtures.BEA_BASIC, new PageService.NewPage(null, marker + "B", "Other",
                dev.pygov.proposal.domain.Kind.STRATEGIC_PROPOSAL, null, "mentions " + marker + " in the text", null));
        pages.create(Fixtures.DORA_DIRECTOR, new PageService.NewPage(Section.PROPOSALS_FOR_RESOLUTION, marker + "C", "Policy " + marker,
                dev.pygov.proposal.domain.Kind.STRATEGIC_PROPOSAL, null, "policy", null));

        given().queryParam("q", marker.toUpperCase()).get("/pages").then().statusCode(200).body("total", equalTo(3));
        given().queryParam("q", marker).queryParam("section", "ProposalsForDiscussion").get("/pages").then()
                .body("total", equalTo(2));
        given().queryParam("q", marker).queryParam("kind", "WORKING_GROUP_CHARTER").get("/pages").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(one.id));
        given().queryParam("q", marker).queryParam("author", "dora").get("/pages").then()
                .body("total", equalTo(1)).body("items[0].section", equalTo("ProposalsForResolution"));
        given().queryParam("q", marker).queryParam("size", 2).queryParam("page", 1).get("/pages").then()
                .body("total", equalTo(3)).body("items", hasSize(1));
        given().queryParam("section", "Nowhere").get("/pages").then().statusCode(400).body("field", equalTo("section"));
        given().queryParam("kind", "POEM").get("/pages").then().statusCode(400).body("field", equalTo("kind"));
    }

    @Test
    @TestSecurity(user = "bea", roles = "basic-member")
    void authorsEditTheirOwnAndAddCoAuthorsWhoMayThenEdit() {
        String name = Fixtures.uniqueName("Shared");
        Fixtures.discussion(pages, name);
        given().contentType("application/json").body("{\"title\":\"Better title\",\"text\":\"v2\",\"comment\":\"tidy\"}")
                .put(path(Section.PROPOSALS_FOR_DISCUSSION, name)).then().statusCode(200)
                .body("title", equalTo("Better title")).body("revision", equalTo(2));
        given().contentType("application/json").body("{\"authorId\":\"carl\"}")
                .post(path(Section.PROPOSALS_FOR_DISCUSSION, name) + "/authors").then().statusCode(200)
                .body("authors", contains("bea", "carl"));
        given().contentType("application/json").body("{\"authorId\":\"carl\"}")
                .post(path(Section.PROPOSALS_FOR_DISCUSSION, name) + "/authors").then().statusCode(409)
                .body("field", equalTo("authorId"));
        given().queryParam("author", "carl").queryParam("q", name).get("/pages").then().body("items.name", hasItem(name));
    }

    @Test
    @TestSecurity(user = "vic", roles = "voting-member")
    void someoneWhoIsNotAnAuthorCannotEditAndNothingChanges() {
        String name = Fixtures.uniqueName("NotYours");
        Fixtures.discussion(pages, name);
        given().contentType("application/json").body("{\"text\":\"hijacked\"}")
                .put(path(Section.PROPOSALS_FOR_DISCUSSION, name)).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pygov.dev/problems/not-an-author"));
        given().contentType("application/json").body("{\"authorId\":\"vic\"}")
                .post(path(Section.PROPOSALS_FOR_DISCUSSION, name) + "/authors").then().statusCode(403);
        given().get(path(Section.PROPOSALS_FOR_DISCUSSION, name)).then()
                .body("revision", equalTo(1)).body("text", equalTo("line one\nline two")).body("authors", contains("bea"));
    }

    @Test
    @TestSecurity(user = "bea", roles = "basic-member")
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        String name = Fixtures.uniqueName("Bad");
        assertRefused("{\"name\":\"" + name + "\",\"title\":\"  \",\"kind\":\"STRATEGIC_PROPOSAL\",\"text\":\"t\"}", 400, "title");
        assertRefused("{\"name\":\"" + name + "\",\"title\":\"T\",\"kind\":\"STRATEGIC_PROPOSAL\",\"text\":\"" + "x".repeat(100_001) + "\"}", 400, "text");
        assertRefused("{\"name\":\"" + name + "\",\"title\":\"T\",\"kind\":\"STRATEGIC_PROPOSAL\",\"text\":\"\"}", 400, "text");
        assertRefused("{\"name\":\"a/b\",\"title\":\"T\",\"kind\":\"STRATEGIC_PROPOSAL\",\"text\":\"t\"}", 400, "name");
        assertRefused("{\"name\":\"" + name + "\",\"title\":\"T\",\"text\":\"t\"}", 400, "kind");
        assertRefused("{\"name\":\"" + name + "\",\"title\":\"T\",\"kind\":\"AMENDMENT\",\"text\":\"t\"}", 400, "amends");
        assertRefused("{\"name\":\"" + name + "\",\"title\":\"T\",\"kind\":\"AMENDMENT\",\"amends\":\"ActivePolicies/NoSuchPolicy\",\"text\":\"t\"}", 400, "amends");
        assertRefused("{\"name\":\"" + name + "\",\"title\":\"T\",\"kind\":\"STRATEGIC_PROPOSAL\",\"amends\":\"x\",\"text\":\"t\"}", 400, "amends");
        given().get(path(Section.PROPOSALS_FOR_DISCUSSION, name)).then().statusCode(404);

        var page = Fixtures.discussion(pages, name);
        given().contentType("application/json").body("{\"title\":\"\",\"text\":\"new\"}")
                .put(path(Section.PROPOSALS_FOR_DISCUSSION, name)).then().statusCode(400).body("field", equalTo("title"));
        given().contentType("application/json").body("{\"text\":\"" + "y".repeat(100_001) + "\"}")
                .put(path(Section.PROPOSALS_FOR_DISCUSSION, name)).then().statusCode(400).body("field", equalTo("text"));
        given().get(path(Section.PROPOSALS_FOR_DISCUSSION, name)).then()
                .body("revision", equalTo(1)).body("title", equalTo(page.title));
    }

    @Test
    @TestSecurity(user = "bea", roles = "basic-member")
    void anAmendmentMustNameAnActivePolicyNotAProposal() {
        String proposal = Fixtures.uniqueName("NotPolicy");
        Fixtures.discussion(pages, proposal);
        given().contentType("application/json")
                .body("{\"name\":\"" + Fixtures.uniqueName("Amend") + "\",\"title\":\"T\",\"kind\":\"AMENDMENT\",\"amends\":\"PythonSoftwareFoundation/ProposalsForDiscussion/"
                        + proposal + "\",\"text\":\"t\"}")
                .post("/pages").then().statusCode(422)
                .body("type", equalTo("https://pygov.dev/problems/not-an-active-policy"))
                .body("field", equalTo("amends"));

        String policy = Fixtures.uniqueName("Policy");
        Fixtures.activePolicy(pages, resolutions, policy);
        given().contentType("application/json")
                .body("{\"name\":\"" + Fixtures.uniqueName("Amend") + "\",\"title\":\"T\",\"kind\":\"AMENDMENT\",\"amends\":\"ActivePolicies/"
                        + policy + "\",\"text\":\"t\"}")
                .post("/pages").then().statusCode(201)
                .body("amends", equalTo("PythonSoftwareFoundation/ActivePolicies/" + policy));
    }

    @Test
    @TestSecurity(user = "bea", roles = "basic-member")
    void aNameTakenInTheSectionIsAConflict() {
        String name = Fixtures.uniqueName("Taken");
        Fixtures.discussion(pages, name);
        given().contentType("application/json")
                .body("{\"name\":\"" + name + "\",\"title\":\"Again\",\"kind\":\"STRATEGIC_PROPOSAL\",\"text\":\"t\"}")
                .post("/pages").then().statusCode(409)
                .body("type", equalTo("https://pygov.dev/problems/name-taken"))
                .body("field", equalTo("name"));
        given().get(path(Section.PROPOSALS_FOR_DISCUSSION, name)).then().body("title", equalTo("Title of " + name));
    }

    @Test
    void unknownPagesAndSectionsAreNotFound() {
        given().get(path(Section.ACTIVE_POLICIES, "NoSuchThing")).then().statusCode(404).contentType("application/problem+json");
        given().get("/PythonSoftwareFoundation/Elsewhere/Thing").then().statusCode(404);
    }

    @Test
    void openApiHealthAndMetricsAreServed() {
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }

    private static void assertRefused(String body, int status, String field) {
        given().contentType("application/json").body(body).post("/pages").then().statusCode(status)
                .contentType("application/problem+json").body("field", equalTo(field));
    }
}
