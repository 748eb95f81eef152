package dev.pygov.election;

import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.election.domain.ElectionService;
import dev.pygov.election.domain.Motion;
import dev.pygov.election.domain.MotionProposal;
import dev.pygov.election.domain.MotionService;
import dev.pygov.election.domain.MotionVote;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The council motion and resignation endpoints: roles (allowed, forbidden, anonymous) and refusals that change nothing. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class MotionApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final List<String> FIVE = List.of("Ann", "Ben", "Cat", "Dan", "Eli");

    @Inject
    ElectionService elections;
    @Inject
    MotionService motions;

    @Test
    @TestSecurity(user = "mapi-p-ann", roles = "council-member")
    void aSittingCouncillorProposesAndVotesAndOpenVotesStayHiddenUntilTheDecision() {
        Council.seat(elections, "mapi-p-", FIVE);
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("kind", "general", "title", "Adopt PEP 9999", "text", "The council adopts PEP 9999."))
                .post("/council/motions").then().statusCode(201)
                .body("status", equalTo("open")).body("kind", equalTo("general")).body("proposedBy", equalTo("mapi-p-ann"))
                .body("timeZone", equalTo("UTC")).body("councillors", hasSize(5))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().contentType(ContentType.JSON).body(Map.of("vote", "yes"))
                .put("/council/motions/" + id + "/vote").then().statusCode(200)
                .body("councillors.find { it.personId == 'mapi-p-ann' }.answered", equalTo(true))
                .body("councillors.find { it.personId == 'mapi-p-ann' }.vote", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("vote", "abstain", "conflictOfInterest", true))
                .put("/council/motions/" + id + "/vote").then().statusCode(200)
                .body("councillors.find { it.personId == 'mapi-p-ann' }.conflictOfInterest", equalTo(true));
        given().get("/council/motions").then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    @TestSecurity(user = "mapi-bad-ann", roles = "council-member")
    void badInputIsRefusedWithProblemDetailsAndChangesNothing() {
        Council.seat(elections, "mapi-bad-", FIVE);
        long before = motionCount();
        given().contentType(ContentType.JSON).body(Map.of("kind", "coronation", "title", "t", "text", "x"))
                .post("/council/motions").then().statusCode(400).contentType(PROBLEM).body("field", equalTo("kind"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "general", "text", "x"))
                .post("/council/motions").then().statusCode(400).contentType(PROBLEM).body("field", equalTo("title"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "appoint-replacement", "title", "t", "text", "x", "subjectId", "someone"))
                .post("/council/motions").then().statusCode(400).contentType(PROBLEM).body("field", equalTo("seatId"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "remove-community-member", "title", "t", "text", "x", "subjectId", "nobody-known"))
                .post("/council/motions").then().statusCode(422).contentType(PROBLEM).body("field", equalTo("subjectId"));
        assertThat(motionCount()).isEqualTo(before);

        UUID unknown = UUID.randomUUID();
        given().get("/council/motions/" + unknown).then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("vote", "yes"))
                .put("/council/motions/" + unknown + "/vote").then().statusCode(404).contentType(PROBLEM);

        UUID id = motions.propose("mapi-bad-ben", general(), Instant.now()).id;
        given().contentType(ContentType.JSON).body(Map.of("vote", "maybe"))
                .put("/council/motions/" + id + "/vote").then().statusCode(400).contentType(PROBLEM).body("field", equalTo("vote"));
        given().contentType(ContentType.JSON).body(Map.of("vote", "no", "conflictOfInterest", true))
                .put("/council/motions/" + id + "/vote").then().statusCode(422).contentType(PROBLEM).body("field", equalTo("vote"))
                .body("type", equalTo("https://pygov.dev/problems/conflict-of-interest"));
        MotionVote ann = answer(id, "mapi-bad-ann");
        assertThat(ann.vote).isNull();
        assertThat(ann.conflictOfInterest).isFalse();
    }

    @Test
    @TestSecurity(user = "mapi-outsider", roles = "council-member")
    void theRoleWithoutASeatNeitherProposesNorVotesNorResigns() {
        Council.seat(elections, "mapi-o-", FIVE);
        UUID id = motions.propose("mapi-o-ann", general(), Instant.now()).id;
        long before = motionCount();
        given().contentType(ContentType.JSON).body(Map.of("kind", "general", "title", "t", "text", "x"))
                .post("/council/motions").then().statusCode(403).contentType(PROBLEM).body("field", equalTo("councillor"));
        assertThat(motionCount()).isEqualTo(before);
        given().contentType(ContentType.JSON).body(Map.of("vote", "yes"))
                .put("/council/motions/" + id + "/vote").then().statusCode(403).contentType(PROBLEM).body("field", equalTo("councillor"));
        given().get("/council/motions/" + id).then().statusCode(200).body("councillors.find { it.answered }", nullValue());
        given().post("/council/resignation").then().statusCode(409).contentType(PROBLEM).body("field", equalTo("seat"));
    }

    @Test
    @TestSecurity(user = "mapi-d-eli", roles = "council-member")
    void theLastAnswerDecidesAndAVoteAfterTheDecisionIsRefused() {
        Council.seat(elections, "mapi-d-", FIVE);
        Instant now = Instant.now();
        UUID id = motions.propose("mapi-d-ann", general(), now).id;
        List.of("ann", "ben", "cat", "dan").forEach(n -> motions.vote(id, "mapi-d-" + n, n.equals("ann") || n.equals("ben") ? "yes" : "no", false, now));
        given().get("/council/motions/" + id).then().statusCode(200)
                .body("status", equalTo("open")).body("notYetAnswered.personId", contains("mapi-d-eli"))
                .body("notYetAnswered.name", contains("Eli"));
        given().contentType(ContentType.JSON).body(Map.of("vote", "yes"))
                .put("/council/motions/" + id + "/vote").then().statusCode(200)
                .body("status", equalTo("passed")).body("yes", equalTo(3)).body("no", equalTo(2)).body("notYetAnswered", hasSize(0))
                .body("explanation", startsWith("Passed: "))
                .body("councillors.find { it.personId == 'mapi-d-dan' }.vote", equalTo("no"));
        given().contentType(ContentType.JSON).body(Map.of("vote", "no"))
                .put("/council/motions/" + id + "/vote").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://pygov.dev/problems/motion-decided"));
        assertThat(answer(id, "mapi-d-eli").vote).isEqualTo("yes");
        assertThat(QuarkusTransaction.requiringNew().call(() -> motions.get(id).yes)).isEqualTo(3);
    }

    @Test
    @TestSecurity(user = "mapi-r-dan", roles = "council-member")
    void aCouncillorResignsTheirOwnSeat() {
        Council.Seated council = Council.seat(elections, "mapi-r-", FIVE);
        String seat = council.seatIds().get("Dan");
        given().post("/council/resignation").then().statusCode(200)
                .body("seatId", equalTo(seat)).body("status", equalTo("ended")).body("vacancyReason", equalTo("resigned"));
        given().get("/council/seats").then().statusCode(200)
                .body("find { it.seatId == '" + seat + "' }.status", equalTo("vacant"))
                .body("find { it.seatId == '" + seat + "' }.previousHolderId", equalTo("mapi-r-dan"));
        given().post("/council/resignation").then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "mapi-w-ann", roles = "voting-member")
    void aSeatWithoutTheCouncilMemberRoleIsForbidden() {
        Council.seat(elections, "mapi-w-", FIVE);
        UUID id = motions.propose("mapi-w-ben", general(), Instant.now()).id;
        given().contentType(ContentType.JSON).body(Map.of("kind", "general", "title", "t", "text", "x"))
                .post("/council/motions").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("vote", "yes")).put("/council/motions/" + id + "/vote").then().statusCode(403);
        given().post("/council/resignation").then().statusCode(403);
        assertThat(answer(id, "mapi-w-ann").vote).isNull();
    }

    @Test
    void anonymousCallersReadEverythingAndChangeNothing() {
        Council.seat(elections, "mapi-a-", FIVE);
        UUID id = motions.propose("mapi-a-ann", general(), Instant.now()).id;
        given().contentType(ContentType.JSON).body(Map.of("kind", "general", "title", "t", "text", "x"))
                .post("/council/motions").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("vote", "yes")).put("/council/motions/" + id + "/vote").then().statusCode(401);
        given().post("/council/resignation").then().statusCode(401);
        given().get("/council/motions").then().statusCode(200);
        given().get("/council/motions/" + id).then().statusCode(200).body("status", equalTo("open"));
        given().get("/council/seats").then().statusCode(200).body("status", hasItem("held"));
        given().get("/council/history").then().statusCode(200);
    }

    private static MotionProposal general() {
        return new MotionProposal("general", "Publish the agenda", "The council publishes its agendas.", null, null, null, null, null, null, null);
    }

    private static MotionVote answer(UUID id, String personId) {
        return QuarkusTransaction.requiringNew().call(() -> MotionVote.<MotionVote>findById(new MotionVote.Key(id, personId)));
    }

    private static long motionCount() {
        return QuarkusTransaction.requiringNew().call(() -> Motion.count());
    }
}
