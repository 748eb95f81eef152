package dev.pygov.election;

import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.election.domain.Election;
import dev.pygov.election.domain.ElectionKind;
import dev.pygov.election.domain.ElectionService;
import dev.pygov.election.domain.RollEntry;
import dev.pygov.election.domain.Trackers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Every endpoint's roles (allowed, forbidden, anonymous) and its refusals of bad input, which change nothing. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ElectionApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    EntityManager em;
    @Inject
    ElectionService elections;

    // --- creating and scheduling ---

    @Test
    @TestSecurity(user = "api-ed", roles = "executive-director")
    void anUnknownKindOrALaterElectionIsRefusedAndCreatesNothing() {
        long before = electionCount();
        given().contentType(ContentType.JSON).body(Map.of("kind", "monarchy", "returningOfficerId", "api-ro"))
                .post("/elections").then().statusCode(400).contentType(PROBLEM).body("field", equalTo("kind"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "cohort", "returningOfficerId", "api-ro"))
                .post("/elections").then().statusCode(422).contentType(PROBLEM).body("field", equalTo("kind"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "whole-council"))
                .post("/elections").then().statusCode(400).contentType(PROBLEM).body("field", equalTo("returningOfficerId"));
        assertThat(electionCount()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "api-member", roles = "voting-member")
    void onlyTheExecutiveDirectorCreatesElections() {
        given().contentType(ContentType.JSON).body(Map.of("kind", "whole-council", "returningOfficerId", "api-ro"))
                .post("/elections").then().statusCode(403);
    }

    @Test
    void anonymousCallersCannotCreateScheduleCertifyOrDraw() {
        UUID id = draft("api-ro");
        given().contentType(ContentType.JSON).body(Map.of("kind", "whole-council", "returningOfficerId", "x"))
                .post("/elections").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("nominationsOpenAt", Instant.now().plusSeconds(60).toString()))
                .put("/elections/" + id + "/schedule").then().statusCode(401);
        given().post("/elections/" + id + "/certify").then().statusCode(401);
        given().post("/elections/" + id + "/tie/draw").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("statement", "me")).post("/elections/" + id + "/nominations").then().statusCode(401);
        given().delete("/elections/" + id + "/nominations/me").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("scores", Map.of())).put("/elections/" + id + "/ballot").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("ballotKey", "00")).post("/elections/" + id + "/ballot/lookup").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("order", java.util.List.of())).post("/elections/" + id + "/tie/agreement").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "api-ro", roles = "returning-officer")
    void theNamedOfficerSchedulesAndTheRulebookSetsTheDeadlinesInUtc() {
        UUID id = draft("api-ro");
        Instant opens = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        given().contentType(ContentType.JSON).body(Map.of("nominationsOpenAt", "2001-01-01T00:00:00Z"))
                .put("/elections/" + id + "/schedule").then().statusCode(400).contentType(PROBLEM).body("field", equalTo("nominationsOpenAt"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> elections.get(id).nominationsOpenAt)).isNull();
        given().contentType(ContentType.JSON).body(Map.of("nominationsOpenAt", opens.toString()))
                .put("/elections/" + id + "/schedule").then().statusCode(200)
                .body("timeZone", equalTo("UTC"))
                .body("nominationsOpenAt", equalTo(opens.toString()))
                .body("nominationsCloseAt", equalTo(opens.plus(Duration.ofDays(14)).toString()))
                .body("votingCloseAt", equalTo(opens.plus(Duration.ofDays(28)).toString()));
    }

    @Test
    @TestSecurity(user = "api-other-ro", roles = "returning-officer")
    void aReturningOfficerOfAnotherElectionMayNotRunThisOne() {
        UUID id = draft("api-ro");
        given().contentType(ContentType.JSON).body(Map.of("nominationsOpenAt", Instant.now().plusSeconds(600).toString()))
                .put("/elections/" + id + "/schedule").then().statusCode(403).contentType(PROBLEM);
        given().post("/elections/" + id + "/certify").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "api-ro", roles = "voting-member")
    void theNamedOfficerNeedsTheReturningOfficerRole() {
        UUID id = draft("api-ro");
        given().contentType(ContentType.JSON).body(Map.of("nominationsOpenAt", Instant.now().plusSeconds(600).toString()))
                .put("/elections/" + id + "/schedule").then().statusCode(403);
        given().post("/elections/" + id + "/certify").then().statusCode(403);
        given().post("/elections/" + id + "/tie/draw").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "api-ro", roles = "returning-officer")
    void certifyingOrDrawingInTheWrongPhaseIsAConflict() {
        UUID id = draft("api-ro");
        given().post("/elections/" + id + "/certify").then().statusCode(409).contentType(PROBLEM).body("field", equalTo("electionId"));
        given().post("/elections/" + id + "/tie/draw").then().statusCode(409).contentType(PROBLEM);
    }

    // --- nominations ---

    @Test
    @TestSecurity(user = "api-nominee", roles = "packaging-member")
    void aCommunityMemberNominatesThemselvesAndWithdraws() {
        Members.member("api-nominee", "Nominee");
        UUID id = nominationsOpen("api-ro-n");
        given().contentType(ContentType.JSON).body(Map.of("statement", "I care about wheels"))
                .post("/elections/" + id + "/nominations").then().statusCode(201).body("ballotName", equalTo("Nominee"));
        given().get("/elections/" + id + "/candidates").then().statusCode(200).body("", hasSize(1))
                .body("[0].statement", equalTo("I care about wheels"));
        given().contentType(ContentType.JSON).body(Map.of("statement", "again"))
                .post("/elections/" + id + "/nominations").then().statusCode(409).body("field", equalTo("nominee"));
        given().delete("/elections/" + id + "/nominations/me").then().statusCode(204);
        given().get("/elections/" + id + "/candidates").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    @TestSecurity(user = "api-nominee2", roles = "packaging-member")
    void aNominationNeedsAStatementAndASafeBallotName() {
        Members.member("api-nominee2", "Second");
        UUID id = nominationsOpen("api-ro-n2");
        given().contentType(ContentType.JSON).body(Map.of("statement", " "))
                .post("/elections/" + id + "/nominations").then().statusCode(400).contentType(PROBLEM).body("field", equalTo("statement"));
        given().contentType(ContentType.JSON).body(Map.of("statement", "fine", "ballotName", "Smith, J"))
                .post("/elections/" + id + "/nominations").then().statusCode(400).contentType(PROBLEM).body("field", equalTo("ballotName"));
        given().get("/elections/" + id + "/candidates").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    @TestSecurity(user = "api-stranger", roles = "voting-member")
    void aNonMemberCannotNominateThemselves() {
        UUID id = nominationsOpen("api-ro-s");
        given().contentType(ContentType.JSON).body(Map.of("statement", "I am new"))
                .post("/elections/" + id + "/nominations").then().statusCode(422).contentType(PROBLEM).body("field", equalTo("nominee"));
        given().get("/elections/" + id + "/candidates").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    @TestSecurity(user = "api-early", roles = "packaging-member")
    void nominationsOutsideTheirPhaseAreRefused() {
        Members.member("api-early", "Early");
        UUID id = draft("api-ro-e");
        given().contentType(ContentType.JSON).body(Map.of("statement", "too early"))
                .post("/elections/" + id + "/nominations").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://pygov.dev/problems/nominations-closed")).body("field", equalTo("electionId"));
    }

    // --- ballots ---

    @Test
    @TestSecurity(user = "api-voter", roles = "packaging-member")
    void aVoterOnTheRollCastsReplacesAndChecksTheirBallot() {
        Members.member("api-voter", "Voter");
        Voting voting = votingOpen("api-ro-v");
        String url = "/elections/" + voting.id + "/ballot";
        given().contentType(ContentType.JSON).body(Map.of("scores", Map.of(voting.candidate, 6)))
                .put(url).then().statusCode(400).contentType(PROBLEM).body("field", equalTo("scores." + voting.candidate));
        given().contentType(ContentType.JSON).body(Map.of("scores", Map.of(voting.candidate, -1)))
                .put(url).then().statusCode(400).contentType(PROBLEM).body("field", equalTo("scores." + voting.candidate));
        given().contentType(ContentType.JSON).body(Map.of("scores", Map.of("nobody", 3)))
                .put(url).then().statusCode(400).contentType(PROBLEM).body("field", equalTo("scores.nobody"));
        assertThat(voted(voting.id, "api-voter")).as("refused ballots change nothing").isFalse();

        var receipt = given().contentType(ContentType.JSON).body(Map.of("scores", Map.of(voting.candidate, 4)))
                .put(url).then().statusCode(200).body("tracker", notNullValue()).body("ballotKey", notNullValue()).extract().jsonPath();
        String key = receipt.getString("ballotKey");
        assertThat(voted(voting.id, "api-voter")).isTrue();
        given().contentType(ContentType.JSON).body(Map.of("scores", Map.of(voting.candidate, 2), "ballotKey", key))
                .put(url).then().statusCode(200).body("tracker", equalTo(receipt.getString("tracker"))).body("ballotKey", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("scores", Map.of(voting.candidate, 1), "ballotKey", "00ff"))
                .put(url).then().statusCode(400).contentType(PROBLEM).body("field", equalTo("ballotKey"));
        given().contentType(ContentType.JSON).body(Map.of("ballotKey", key))
                .post(url + "/lookup").then().statusCode(200).body("scores." + voting.candidate, equalTo(2));
    }

    /** A client that chose its ballot key can retry a cast whose answer it never got: the retry replaces, never refuses. */
    @Test
    @TestSecurity(user = "api-own-key", roles = "packaging-member")
    void aVoterWhoChoseTheirBallotKeyCanRetryACastWhoseAnswerWasLost() {
        Members.member("api-own-key", "Own Key");
        Voting voting = votingOpen("api-ro-k");
        String url = "/elections/" + voting.id + "/ballot";
        given().contentType(ContentType.JSON).body(Map.of("scores", Map.of(voting.candidate, 4), "ballotKey", "not-64-hex"))
                .put(url).then().statusCode(400).contentType(PROBLEM).body("field", equalTo("ballotKey"));
        assertThat(voted(voting.id, "api-own-key")).as("a refused key changes nothing").isFalse();

        String key = Trackers.newSecret().toUpperCase();
        Map<String, Object> ballot = Map.of("scores", Map.of(voting.candidate, 4), "ballotKey", key);
        String tracker = given().contentType(ContentType.JSON).body(ballot).put(url).then().statusCode(200)
                .body("ballotKey", nullValue()).extract().path("tracker");
        assertThat(tracker).isEqualTo(Trackers.trackerOf(voting.id, key));
        assertThat(voted(voting.id, "api-own-key")).isTrue();
        // The same request again, as a client does when the first answer was lost: the same ballot, once.
        given().contentType(ContentType.JSON).body(ballot).put(url).then().statusCode(200).body("tracker", equalTo(tracker));
        given().contentType(ContentType.JSON).body(Map.of("ballotKey", key))
                .post(url + "/lookup").then().statusCode(200).body("scores." + voting.candidate, equalTo(4));
        given().contentType(ContentType.JSON).body(Map.of("scores", Map.of(voting.candidate, 1)))
                .put(url).then().statusCode(409).contentType(PROBLEM).body("field", equalTo("ballotKey"));
        Integer ballots = QuarkusTransaction.requiringNew().call(() -> ballots(voting.id));
        assertThat(ballots).as("one ballot for one voter, however often they retried").isEqualTo(1);
    }

    /** Filled slots and ballots still waiting in the intake (the lookup above mixed what waited before it). */
    private int ballots(UUID electionId) {
        return ((Number) em.createNativeQuery("SELECT (SELECT count(*) FROM ballot WHERE election_id = :e AND tracker IS NOT NULL)"
                + " + (SELECT count(*) FROM ballot_intake WHERE box_id = :e)").setParameter("e", electionId).getSingleResult()).intValue();
    }

    @Test
    @TestSecurity(user = "api-not-on-roll", roles = "packaging-member")
    void someoneNotOnTheRollCannotVote() {
        Voting voting = votingOpen("api-ro-r");
        given().contentType(ContentType.JSON).body(Map.of("scores", Map.of(voting.candidate, 3)))
                .put("/elections/" + voting.id + "/ballot").then().statusCode(403).contentType(PROBLEM).body("field", equalTo("voter"));
        // Joining now does not help: the roll was frozen when voting opened.
        Members.member("api-not-on-roll", "Too Late");
        given().contentType(ContentType.JSON).body(Map.of("scores", Map.of(voting.candidate, 3)))
                .put("/elections/" + voting.id + "/ballot").then().statusCode(403).body("field", equalTo("voter"));
        given().get("/elections/" + voting.id + "/roll").then().statusCode(200).body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("Too Late")));
    }

    @Test
    @TestSecurity(user = "api-early-voter", roles = "packaging-member")
    void aBallotOutsideTheVotingPhaseIsRefused() {
        Members.member("api-early-voter", "Early Voter");
        UUID id = nominationsOpen("api-ro-ev");
        given().contentType(ContentType.JSON).body(Map.of("scores", Map.of()))
                .put("/elections/" + id + "/ballot").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://pygov.dev/problems/voting-closed"));
    }

    // --- public reading ---

    @Test
    void everyoneMayReadTheRulebookCouncilElectionsCandidatesAndRoll() {
        UUID id = draft("api-ro-p");
        given().get("/rulebook").then().statusCode(200).body("version", equalTo(1)).body("document.council.seats", equalTo(5))
                .body("document.councilElection.maxScore", equalTo(5));
        given().get("/council/seats").then().statusCode(200);
        given().get("/council/history").then().statusCode(200);
        given().get("/elections").then().statusCode(200);
        given().get("/elections/" + id).then().statusCode(200).body("phase", equalTo("draft"));
        given().get("/elections/" + id + "/candidates").then().statusCode(200);
        given().get("/elections/" + id + "/roll").then().statusCode(200).body("", hasSize(0));
        given().get("/elections/" + id + "/result").then().statusCode(409).contentType(PROBLEM);
        given().get("/elections/" + id + "/ballots.csv").then().statusCode(409);
        given().get("/elections/" + id + "/tie").then().statusCode(409);
        given().get("/elections/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
    }

    // --- helpers ---

    private record Voting(UUID id, String candidate) {
    }

    private UUID draft(String officer) {
        return elections.create(ElectionKind.WHOLE_COUNCIL, null, null, officer, "api-ed", Instant.now()).id;
    }

    private UUID nominationsOpen(String officer) {
        Instant now = Instant.now();
        UUID id = draft(officer);
        elections.schedule(id, officer, now, now);
        elections.advance(now);
        return id;
    }

    private Voting votingOpen(String officer) {
        String candidate = officer + "-candidate";
        Members.member(candidate, "Candidate of " + officer);
        Instant now = Instant.now();
        UUID id = nominationsOpen(officer);
        elections.nominate(id, candidate, null, "vote for me", now);
        VotingElections.pastNominations(elections, id);
        Election election = QuarkusTransaction.requiringNew().call(() -> elections.get(id));
        assertThat(election.phase.wireName()).isEqualTo("voting-open");
        return new Voting(id, candidate);
    }

    private static boolean voted(UUID id, String personId) {
        return QuarkusTransaction.requiringNew().call(() -> RollEntry.<RollEntry>findById(new dev.pygov.election.domain.ElectionPersonKey(id, personId)).voted);
    }

    private static long electionCount() {
        return QuarkusTransaction.requiringNew().call(() -> Election.count());
    }
}
