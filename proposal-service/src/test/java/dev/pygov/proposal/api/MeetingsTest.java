package dev.pygov.proposal.api;

import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.proposal.Fixtures;
import dev.pygov.proposal.domain.Section;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static dev.pygov.proposal.Fixtures.path;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class MeetingsTest {

    @Test
    @TestSecurity(user = "otto", roles = "officer")
    void theBoardPublishesAgendasAndMinutesWithDecisionsLinkedToVotes() {
        String agenda = Fixtures.uniqueName("Agenda");
        create("BoardMeetings", agenda, "AGENDA", "").then().statusCode(201)
                .body("path", equalTo("PythonSoftwareFoundation/BoardMeetings/" + agenda))
                .body("decisions", empty());
        String minutes = Fixtures.uniqueName("Minutes");
        create("BoardMeetings", minutes, "MINUTES",
                ",\"decisions\":[{\"summary\":\"Adopt the grants policy\",\"voteId\":\"motion-17\"},{\"summary\":\"Thank the volunteers\"}]")
                .then().statusCode(201)
                .body("decisions.summary", contains("Adopt the grants policy", "Thank the volunteers"))
                .body("decisions.voteId", contains("motion-17", null));

        given().contentType("application/json")
                .body("{\"text\":\"corrected minutes\",\"comment\":\"typo\",\"decisions\":[{\"summary\":\"Adopt the grants policy as amended\",\"voteId\":\"motion-18\"}]}")
                .put(path(Section.BOARD_MEETINGS, minutes)).then().statusCode(200)
                .body("revision", equalTo(2))
                .body("decisions.voteId", contains("motion-18"));
        io.restassured.RestAssured.given().auth().none().get("/pages?section=BoardMeetings&kind=MINUTES&q=" + minutes)
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void anyoneReadsMinutes() {
        given().get("/pages?section=BoardMeetings").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "cleo", roles = {"council-member", "basic-member"})
    void councillorsWriteTheCouncilsMeetingsButNotTheBoards() {
        create("PackagingCouncilMeetings", Fixtures.uniqueName("Agenda"), "AGENDA", "").then().statusCode(201);
        create("BoardMeetings", Fixtures.uniqueName("Agenda"), "AGENDA", "").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "dora", roles = "director")
    void directorsDoNotWriteTheCouncilsMeetings() {
        create("PackagingCouncilMeetings", Fixtures.uniqueName("Agenda"), "AGENDA", "").then().statusCode(403)
                .body("type", equalTo("https://pygov.dev/problems/council-only"));
    }

    @Test
    @TestSecurity(user = "bea", roles = "basic-member")
    void aBasicMemberCannotPublishBoardMinutes() {
        String name = Fixtures.uniqueName("Minutes");
        create("BoardMeetings", name, "MINUTES", "").then().statusCode(403);
        given().get(path(Section.BOARD_MEETINGS, name)).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "dora", roles = "director")
    void meetingPagesAndProposalsKeepToTheirOwnSectionsAndMinutesAloneRecordDecisions() {
        create("ProposalsForResolution", Fixtures.uniqueName("A"), "AGENDA", "").then().statusCode(422).body("field", equalTo("kind"));
        create("BoardMeetings", Fixtures.uniqueName("P"), "STRATEGIC_PROPOSAL", "").then().statusCode(422).body("field", equalTo("kind"));
        create("BoardMeetings", Fixtures.uniqueName("A"), "AGENDA", ",\"decisions\":[{\"summary\":\"x\"}]").then().statusCode(400)
                .body("field", equalTo("decisions"));
        create("BoardMeetings", Fixtures.uniqueName("M"), "MINUTES", ",\"decisions\":[{\"summary\":\" \"}]").then().statusCode(400)
                .body("field", equalTo("decisions.0.summary"));
        String minutes = Fixtures.uniqueName("M");
        create("BoardMeetings", minutes, "MINUTES", "").then().statusCode(201);
        given().contentType("application/json").body("{\"toSection\":\"ProposalsForResolution\",\"reason\":\"x\"}")
                .post(path(Section.BOARD_MEETINGS, minutes) + "/move").then().statusCode(422).body("field", equalTo("toSection"));
    }

    private static io.restassured.response.Response create(String section, String name, String kind, String extra) {
        return given().contentType("application/json")
                .body("{\"section\":\"" + section + "\",\"name\":\"" + name + "\",\"title\":\"Meeting of 21 November\",\"kind\":\"" + kind
                        + "\",\"text\":\"1. Welcome\\n2. Grants\"" + extra + "}")
                .post("/pages");
    }
}
