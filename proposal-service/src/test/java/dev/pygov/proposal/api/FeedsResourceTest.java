package dev.pygov.proposal.api;

import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.proposal.Fixtures;
import dev.pygov.proposal.domain.PageService;
import dev.pygov.proposal.domain.ResolutionService;
import dev.pygov.proposal.domain.Section;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class FeedsResourceTest {

    @Inject
    PageService pages;
    @Inject
    ResolutionService resolutions;

    @Test
    void anyoneFollowsASectionAsAnAtomFeedAndAMovedPageLeavesItsOldSectionsFeed() {
        String name = Fixtures.uniqueName("Feed");
        var page = pages.create(Fixtures.BEA_BASIC, new dev.pygov.proposal.domain.PageService.NewPage(null, name,
                "Fish & <chips>", dev.pygov.proposal.domain.Kind.STRATEGIC_PROPOSAL, null, "text", null));
        given().get("/feeds/ProposalsForDiscussion").then().statusCode(200)
                .contentType(startsWith("application/atom+xml"))
                .body("feed.title", equalTo("PSF ProposalsForDiscussion"))
                .body("feed.entry.findAll { it.title == 'Fish & <chips>' }.size()", equalTo(1))
                .body("feed.entry.find { it.title == 'Fish & <chips>' }.link.@href", endsWith(Fixtures.path(Section.PROPOSALS_FOR_DISCUSSION, name)))
                .body("feed.entry.find { it.title == 'Fish & <chips>' }.author.name", equalTo("bea"));

        resolutions.moveByHand(Fixtures.DORA_DIRECTOR, page.id, Section.PROPOSALS_FOR_RESOLUTION, null, "ready");
        given().get("/feeds/ProposalsForResolution").then().statusCode(200)
                .body("feed.entry.findAll { it.title == 'Fish & <chips>' }.size()", equalTo(1));
        given().get("/feeds/ProposalsForDiscussion").then().statusCode(200)
                .body("feed.entry.findAll { it.title == 'Fish & <chips>' }.size()", equalTo(0));
        given().get("/feeds/Nowhere").then().statusCode(404);
    }

    @Test
    void aTitleWithAControlCharacterLeavesTheFeedValidAndLinksIgnoreTheHostHeader() throws Exception {
        String name = Fixtures.uniqueName("Ctrl");
        pages.create(Fixtures.BEA_BASIC, new dev.pygov.proposal.domain.PageService.NewPage(null, name,
                "Bell\u0001 and \uFFFF title", dev.pygov.proposal.domain.Kind.STRATEGIC_PROPOSAL, null, "text", null));
        String xml = given().header("Host", "evil.example").get("/feeds/ProposalsForDiscussion")
                .then().statusCode(200).extract().asString();

        var document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var titles = document.getElementsByTagName("title");
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            texts.add(titles.item(i).getTextContent());
        }
        org.assertj.core.api.Assertions.assertThat(texts).contains("Bell and  title");
        org.assertj.core.api.Assertions.assertThat(xml).doesNotContain("evil.example")
                .contains("href=\"https://proposals.pygov.test/feeds/ProposalsForDiscussion\"")
                .contains("href=\"https://proposals.pygov.test" + Fixtures.path(Section.PROPOSALS_FOR_DISCUSSION, name));
    }
}
