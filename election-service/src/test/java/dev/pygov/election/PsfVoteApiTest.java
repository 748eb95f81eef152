package dev.pygov.election;

import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.devstack.test.TopicReader;
import dev.pygov.election.domain.BoardService;
import dev.pygov.election.domain.PersonRole;
import dev.pygov.election.domain.Trackers;
import dev.pygov.election.domain.Vote;
import dev.pygov.election.domain.VoteKind;
import dev.pygov.election.domain.VoteService;
import dev.pygov.events.CloudEvent;
import dev.pygov.events.EventCodec;
import dev.pygov.events.EventPayload;
import dev.pygov.events.Topics;
import dev.pygov.events.membership.RoleChanged;
import dev.pygov.events.proposal.MemberVoteRequested;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * PSF votes against the real PostgreSQL and Kafka: binding member votes and polls requested by proposal-service,
 * Board resolutions on the record; and every vote endpoint's roles (allowed, wrong role, anonymous) and refusals.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class PsfVoteApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    VoteService votes;
    @Inject
    BoardService board;
    @Inject
    EntityManager em;

    @Test
    void aBindingMemberVoteRequestedByProposalServiceIsDecidedWithTheRequestIdAsSubject() throws Exception {
        String p = prefix("mv");
        for (int i = 1; i <= 3; i++) {
            Members.publish(new RoleChanged(p + "v" + i, "voting-member", true, Instant.now(), null));
        }
        Members.publish(new RoleChanged(p + "v3", "voting-member", false, Instant.now(), Instant.now()));
        String requestId = UUID.randomUUID().toString();
        publishProposalEvent(new MemberVoteRequested(p + "proposal", requestId, true, "Adopt the travel policy?", List.of(), p + "director"));
        Vote vote = awaitVote("member-vote", requestId);
        List<String> roll = QuarkusTransaction.requiringNew().call(() -> PersonRole.holders("voting-member", Instant.now()));
        assertThat(roll).contains(p + "v1", p + "v2").doesNotContain(p + "v3");
        assertThat(vote.binding).isTrue();
        assertThat(vote.rollSize).isGreaterThanOrEqualTo(2);
        votes.cast(vote.id, p + "v1", "yes", null, vote.openedAt.plusSeconds(1));
        votes.cast(vote.id, p + "v2", "abstain", null, vote.openedAt.plusSeconds(1));
        votes.advance(vote.closesAt);
        var decided = TopicReader.await(KafkaResource.bootstrapServers(), Topics.ELECTION,
                r -> vote.key().equals(r.key()) && r.value().contains("vote-decided"), 1, Duration.ofSeconds(30));
        CloudEvent event = EventCodec.read(decided.get(0).value());
        assertThat(event.data().get("kind").asText()).isEqualTo("member-vote");
        assertThat(event.data().get("subjectId").asText()).isEqualTo(requestId);
        assertThat(event.data().get("passed").asBoolean()).isTrue();
        assertThat(event.data().get("abstain").asInt()).isEqualTo(1);
        given().get("/votes/" + vote.id).then().statusCode(200)
                .body("status", equalTo("decided")).body("result.passed", equalTo(true)).body("result.yes", equalTo(1))
                .body("result.quorumMet", equalTo(true)).body("result.explanation", notNullValue());
        long participation = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM outbox_message WHERE message_key = :k AND event_type LIKE '%ballot-participation-recorded%'")
                .setParameter("k", vote.key()).getSingleResult()).longValue());
        assertThat(participation).as("participation is recorded for community votes only").isZero();
    }

    @Test
    void aPollWithOptionsIsReportedAsNonBindingAdvice() throws Exception {
        String p = prefix("poll");
        voters(p, 3);
        String requestId = UUID.randomUUID().toString();
        publishProposalEvent(new MemberVoteRequested(p + "proposal", requestId, false, "Where should the sprint be?",
                List.of("Lisbon", "Pittsburgh", "Online"), p + "director"));
        Vote vote = awaitVote("poll", requestId);
        assertThat(vote.binding).isFalse();
        votes.cast(vote.id, p + "v1", "Online", null, vote.openedAt.plusSeconds(1));
        votes.cast(vote.id, p + "v2", "Online", null, vote.openedAt.plusSeconds(1));
        votes.cast(vote.id, p + "v3", "Lisbon", null, vote.openedAt.plusSeconds(1));
        votes.advance(vote.closesAt);
        given().get("/votes/" + vote.id).then().statusCode(200)
                .body("options", equalTo(List.of("Lisbon", "Pittsburgh", "Online")))
                .body("result.passed", equalTo(false))
                .body("result.optionCounts.Online", equalTo(2)).body("result.optionCounts.Pittsburgh", equalTo(0))
                .body("result.explanation", startsWith("non-binding poll"));
        var decided = TopicReader.await(KafkaResource.bootstrapServers(), Topics.ELECTION,
                r -> vote.key().equals(r.key()) && r.value().contains("vote-decided"), 1, Duration.ofSeconds(30));
        CloudEvent event = EventCodec.read(decided.get(0).value());
        assertThat(event.data().get("passed").asBoolean()).isFalse();
        assertThat(event.data().get("optionCounts").get(2).get("option").asText()).isEqualTo("Online");
        assertThat(event.data().get("optionCounts").get(2).get("count").asInt()).isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "api-voter", roles = "voting-member")
    void aVotingMemberOnTheRollCastsReplacesAndChecksTheirBallotAndBadBallotsChangeNothing() {
        voter("api-voter");
        UUID pollId = openPoll(List.of("Red", "Blue"));
        UUID voteId = openMemberVote();
        given().contentType(ContentType.JSON).body(Map.of("choice", "Green")).put("/votes/" + pollId + "/ballot")
                .then().statusCode(400).contentType(PROBLEM).body("field", equalTo("choice"));
        for (String bad : List.of("maybe", "5", "-1")) {
            given().contentType(ContentType.JSON).body(Map.of("choice", bad)).put("/votes/" + voteId + "/ballot")
                    .then().statusCode(400).contentType(PROBLEM).body("field", equalTo("choice"));
        }
        assertThat(voted(voteId, "api-voter")).isFalse();
        String key = given().contentType(ContentType.JSON).body(Map.of("choice", "no")).put("/votes/" + voteId + "/ballot")
                .then().statusCode(200).body("tracker", notNullValue()).extract().path("ballotKey");
        String tracker = given().contentType(ContentType.JSON).body(Map.of("choice", "yes", "ballotKey", key)).put("/votes/" + voteId + "/ballot")
                .then().statusCode(200).body("ballotKey", nullValue()).extract().path("tracker");
        given().contentType(ContentType.JSON).body(Map.of("ballotKey", key)).post("/votes/" + voteId + "/ballot/lookup")
                .then().statusCode(200).body("tracker", equalTo(tracker)).body("choice", equalTo("yes"));
        given().contentType(ContentType.JSON).body(Map.of("choice", "no")).put("/votes/" + voteId + "/ballot")
                .then().statusCode(409).body("type", notNullValue());
        given().contentType(ContentType.JSON).body(Map.of("choice", "Blue")).put("/votes/" + pollId + "/ballot").then().statusCode(200);

        votes.advance(Instant.now().plus(Duration.ofDays(30)));
        given().contentType(ContentType.JSON).body(Map.of("choice", "yes", "ballotKey", key)).put("/votes/" + voteId + "/ballot")
                .then().statusCode(409).contentType(PROBLEM).body("field", equalTo("voteId"));
        given().contentType(ContentType.JSON).body(Map.of("ballotKey", key)).post("/votes/" + voteId + "/ballot/lookup")
                .then().statusCode(200).body("choice", equalTo("yes"));
    }

    /** A member who chose their ballot key retries a cast whose answer they never got: one ballot, as sent. */
    @Test
    @TestSecurity(user = "api-own-key-voter", roles = "voting-member")
    void aVotingMemberWhoChoseTheirBallotKeyCanRetryACastWhoseAnswerWasLost() {
        voter("api-own-key-voter");
        UUID voteId = openMemberVote();
        String key = Trackers.newSecret();
        String url = "/votes/" + voteId + "/ballot";
        given().contentType(ContentType.JSON).body(Map.of("choice", "no", "ballotKey", "short")).put(url)
                .then().statusCode(400).contentType(PROBLEM).body("field", equalTo("ballotKey"));
        assertThat(voted(voteId, "api-own-key-voter")).isFalse();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().contentType(ContentType.JSON).body(Map.of("choice", "no", "ballotKey", key)).put(url)
                    .then().statusCode(200).body("ballotKey", nullValue()).body("tracker", equalTo(Trackers.trackerOf(voteId, key)));
        }
        given().contentType(ContentType.JSON).body(Map.of("ballotKey", key)).post(url + "/lookup")
                .then().statusCode(200).body("choice", equalTo("no"));

        votes.advance(Instant.now().plus(Duration.ofDays(30)));
        given().get("/votes/" + voteId + "/ballots").then().statusCode(200)
                .body("tracker", equalTo(List.of(Trackers.trackerOf(voteId, key)))).body("choice", equalTo(List.of("no")));
    }

    @Test
    @TestSecurity(user = "api-latecomer", roles = "voting-member")
    void aVotingMemberNotOnTheFrozenRollMayNotVote() {
        UUID voteId = openMemberVote();
        voter("api-latecomer");
        given().contentType(ContentType.JSON).body(Map.of("choice", "yes")).put("/votes/" + voteId + "/ballot")
                .then().statusCode(403).contentType(PROBLEM).body("field", equalTo("voter"));
    }

    @Test
    @TestSecurity(user = "api-packager", roles = "packaging-member")
    void aPackagingMemberDoesNotVoteInPsfVotesAndCallsNoConfidenceOnlyOnASittingCouncillor() {
        Members.member("api-packager", "Api Packager");
        UUID voteId = openMemberVote();
        given().contentType(ContentType.JSON).body(Map.of("choice", "yes")).put("/votes/" + voteId + "/ballot")
                .then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("target", "monarch", "statement", "x")).post("/votes/no-confidence-calls")
                .then().statusCode(400).contentType(PROBLEM).body("field", equalTo("target"));
        given().contentType(ContentType.JSON).body(Map.of("target", "councillor", "personId", "nobody-sits-here", "statement", "x"))
                .post("/votes/no-confidence-calls").then().statusCode(422).contentType(PROBLEM).body("field", equalTo("personId"));
        given().contentType(ContentType.JSON).body(Map.of("text", "x")).post("/board/resolutions").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("vote", "yes")).put("/board/resolutions/" + UUID.randomUUID() + "/vote").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "api-director", roles = "director")
    void directorsMayNotCastMemberBallotsCallNoConfidenceOrProposeRulebooks() {
        UUID voteId = openMemberVote();
        given().contentType(ContentType.JSON).body(Map.of("choice", "yes")).put("/votes/" + voteId + "/ballot").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("target", "council", "statement", "x")).post("/votes/no-confidence-calls").then().statusCode(403);
        given().post("/votes/no-confidence-calls/" + UUID.randomUUID() + "/second").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("summary", "x")).post("/governance/changes").then().statusCode(403);
    }

    @Test
    void anonymousCallersReadVotesButChangeNothing() {
        UUID voteId = openMemberVote();
        given().get("/votes").then().statusCode(200);
        given().get("/votes/" + voteId).then().statusCode(200).body("kind", equalTo("member-vote")).body("result", nullValue());
        given().get("/votes/" + voteId + "/roll").then().statusCode(200);
        given().get("/votes/no-confidence-calls").then().statusCode(200);
        given().get("/board/resolutions").then().statusCode(200);
        given().get("/governance/changes").then().statusCode(200);
        given().get("/votes/" + voteId + "/ballots").then().statusCode(409).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("choice", "yes")).put("/votes/" + voteId + "/ballot").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("ballotKey", "00")).post("/votes/" + voteId + "/ballot/lookup").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("target", "council", "statement", "x")).post("/votes/no-confidence-calls").then().statusCode(401);
        given().post("/votes/no-confidence-calls/" + UUID.randomUUID() + "/second").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("summary", "x")).post("/governance/changes").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("text", "x")).post("/board/resolutions").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("vote", "yes")).put("/board/resolutions/" + UUID.randomUUID() + "/vote").then().statusCode(401);
        given().get("/votes/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "board-d1", roles = "director")
    void aBoardResolutionPassesByAMajorityOfDirectorsVotingWithOneAbstainingOnTheRecord() {
        // These three are the Board now: directors from earlier tests step down.
        QuarkusTransaction.requiringNew().run(() -> PersonRole.update("held = false where id.role = 'director'"));
        for (String d : List.of("board-d1", "board-d2", "board-d3")) {
            Members.publish(new RoleChanged(d, "director", true, Instant.now(), null));
        }
        awaitDirectors(3);
        given().contentType(ContentType.JSON).body(Map.of("text", "x", "proposedOutcome", "favourable")).post("/board/resolutions")
                .then().statusCode(400).contentType(PROBLEM).body("field", equalTo("proposalId"));
        given().contentType(ContentType.JSON).body(Map.of("text", "Adopt", "proposalId", "p-1", "proposedOutcome", "splendid")).post("/board/resolutions")
                .then().statusCode(400).contentType(PROBLEM).body("field", equalTo("proposedOutcome"));
        given().contentType(ContentType.JSON).body(Map.of("text", "Adopt", "proposalId", "p-1", "proposedOutcome", "favourable")).post("/board/resolutions")
                .then().statusCode(400).contentType(PROBLEM).body("field", equalTo("revision"));
        given().contentType(ContentType.JSON).body(Map.of("text", "Ask", "proposalId", "p-1", "proposedOutcome", "member-vote", "revision", 2))
                .post("/board/resolutions").then().statusCode(400).contentType(PROBLEM).body("field", equalTo("question"));
        given().contentType(ContentType.JSON).body(Map.of("text", "Ask", "proposalId", "p-1", "proposedOutcome", "member-vote", "revision", 2,
                "question", "Adopt?", "options", List.of("A", "B"))).post("/board/resolutions").then().statusCode(400).contentType(PROBLEM)
                .body("field", equalTo("options"));
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("text", "The Board adopts the travel policy.", "proposalId", "proposal-travel", "proposedOutcome", "favourable",
                        "revision", 3))
                .post("/board/resolutions").then().statusCode(201)
                .body("status", equalTo("open")).body("directors", equalTo(3)).body("votes", hasSize(3)).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("vote", "5")).put("/board/resolutions/" + id + "/vote")
                .then().statusCode(400).contentType(PROBLEM).body("field", equalTo("vote"));
        given().contentType(ContentType.JSON).body(Map.of("vote", "yes")).put("/board/resolutions/" + id + "/vote")
                .then().statusCode(200).body("status", equalTo("open"));
        UUID resolutionId = UUID.fromString(id);
        Instant now = Instant.now();
        board.vote(resolutionId, "board-d2", "abstain", now);
        board.vote(resolutionId, "board-d3", "yes", now);
        given().get("/board/resolutions/" + id).then().statusCode(200)
                .body("status", equalTo("decided")).body("passed", equalTo(true))
                .body("yes", equalTo(2)).body("no", equalTo(0)).body("abstain", equalTo(1)).body("silent", equalTo(0))
                .body("votes.find { it.personId == 'board-d2' }.vote", equalTo("abstain"))
                .body("votes.find { it.personId == 'board-d1' }.vote", equalTo("yes"));
        given().contentType(ContentType.JSON).body(Map.of("vote", "no")).put("/board/resolutions/" + id + "/vote")
                .then().statusCode(409).contentType(PROBLEM);
        var decided = TopicReader.await(KafkaResource.bootstrapServers(), Topics.ELECTION,
                r -> id.equals(r.key()) && r.value().contains("board-resolution-decided"), 1, Duration.ofSeconds(30));
        CloudEvent event = EventCodec.read(decided.get(0).value());
        assertThat(event.data().get("passed").asBoolean()).isTrue();
        assertThat(event.data().get("proposalId").asText()).isEqualTo("proposal-travel");
        assertThat(event.data().get("proposedOutcome").asText()).isEqualTo("favourable");
        assertThat(event.data().get("directors").asInt()).isEqualTo(3);
        assertThat(event.data().get("revision").asInt()).isEqualTo(3);

        String silent = given().contentType(ContentType.JSON).body(Map.of("text", "A second resolution.")).post("/board/resolutions")
                .then().statusCode(201).extract().path("id");
        board.vote(UUID.fromString(silent), "board-d2", "no", now);
        board.advance(now.plus(Duration.ofDays(30)));
        given().get("/board/resolutions/" + silent).then().statusCode(200)
                .body("status", equalTo("decided")).body("passed", equalTo(false)).body("silent", equalTo(2));
    }

    @Test
    @TestSecurity(user = "bd-alone", roles = "director")
    void theDirectorsOfTheDayVoteOneAloneCannotPassAResolutionAndAMajorityClosesItEarly() {
        QuarkusTransaction.requiringNew().run(() -> PersonRole.update("held = false where id.role = 'director'"));
        Instant now = Instant.now();
        for (String d : List.of("bd-alone", "bd-two", "bd-three")) {
            Members.publish(new RoleChanged(d, "director", true, now.minus(Duration.ofDays(100)), null));
        }
        // A director whose term ended yesterday, and one whose term starts next month, are not the Board today.
        Members.publish(new RoleChanged("bd-former", "director", true, now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(1))));
        Members.publish(new RoleChanged("bd-future", "director", true, now.plus(Duration.ofDays(30)), null));
        awaitRole("bd-future");
        assertThat(QuarkusTransaction.requiringNew().call(() -> PersonRole.holders("director", Instant.now())))
                .containsExactly("bd-alone", "bd-three", "bd-two");

        String alone = given().contentType(ContentType.JSON)
                .body(Map.of("text", "Adopt the travel policy.", "proposalId", "proposal-alone", "proposedOutcome", "favourable", "revision", 1))
                .post("/board/resolutions").then().statusCode(201).body("directors", equalTo(3))
                .body("votes.personId", org.hamcrest.Matchers.containsInAnyOrder("bd-alone", "bd-two", "bd-three"))
                .body("revision", equalTo(1)).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("vote", "yes")).put("/board/resolutions/" + alone + "/vote")
                .then().statusCode(200).body("status", equalTo("open"));
        board.advance(now.plus(Duration.ofDays(30)));
        given().get("/board/resolutions/" + alone).then().statusCode(200)
                .body("status", equalTo("decided")).body("passed", equalTo(false)).body("yes", equalTo(1)).body("silent", equalTo(2));
        var decided = TopicReader.await(KafkaResource.bootstrapServers(), Topics.ELECTION,
                r -> alone.equals(r.key()) && r.value().contains("board-resolution-decided"), 1, Duration.ofSeconds(30));
        assertThat(EventCodec.read(decided.get(0).value()).data().get("passed").asBoolean()).isFalse();

        // Two of three is a majority whatever the third does: decided at once, without waiting for the deadline.
        String majority = given().contentType(ContentType.JSON)
                .body(Map.of("text", "Ask the members.", "proposalId", "proposal-asked", "proposedOutcome", "poll", "revision", 2,
                        "question", "Which year?", "options", List.of("2027", "2028")))
                .post("/board/resolutions").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("vote", "yes")).put("/board/resolutions/" + majority + "/vote")
                .then().statusCode(200).body("status", equalTo("open"));
        board.vote(UUID.fromString(majority), "bd-two", "yes", now);
        given().get("/board/resolutions/" + majority).then().statusCode(200)
                .body("status", equalTo("decided")).body("passed", equalTo(true)).body("silent", equalTo(1))
                .body("question", equalTo("Which year?")).body("options", equalTo(List.of("2027", "2028")));
        var asked = TopicReader.await(KafkaResource.bootstrapServers(), Topics.ELECTION,
                r -> majority.equals(r.key()) && r.value().contains("board-resolution-decided"), 1, Duration.ofSeconds(30));
        CloudEvent event = EventCodec.read(asked.get(0).value());
        assertThat(event.data().get("proposedOutcome").asText()).isEqualTo("poll");
        assertThat(event.data().get("question").asText()).isEqualTo("Which year?");
        assertThat(event.data().get("options").size()).isEqualTo(2);
    }

    // --- helpers ---

    private UUID openPoll(List<String> options) {
        return QuarkusTransaction.requiringNew().call(() ->
                votes.open(VoteKind.POLL, UUID.randomUUID().toString(), "A poll", options, Instant.now()).id);
    }

    private UUID openMemberVote() {
        return QuarkusTransaction.requiringNew().call(() ->
                votes.open(VoteKind.MEMBER_VOTE, UUID.randomUUID().toString(), "A binding vote", List.of(), Instant.now()).id);
    }

    private static void voters(String p, int count) {
        for (int i = 1; i <= count; i++) {
            voter(p + "v" + i);
        }
    }

    /** Straight into the role projection, for tests about something else than the consumer. */
    private static void voter(String personId) {
        QuarkusTransaction.requiringNew().run(() -> {
            PersonRole.Key key = new PersonRole.Key(personId, "voting-member");
            PersonRole role = PersonRole.findById(key);
            if (role == null) {
                role = new PersonRole();
                role.id = key;
            }
            role.held = true;
            role.persist();
        });
    }

    private static boolean voted(UUID voteId, String personId) {
        return QuarkusTransaction.requiringNew().call(() ->
                dev.pygov.election.domain.VoteRollEntry.<dev.pygov.election.domain.VoteRollEntry>findById(
                        new dev.pygov.election.domain.VotePersonKey(voteId, personId)).voted);
    }

    private static void publishProposalEvent(EventPayload payload) {
        TopicReader.send(KafkaResource.bootstrapServers(), Topics.PROPOSAL, payload.key(),
                EventCodec.write(EventCodec.wrap("/proposal-service", payload, Instant.now())));
    }

    private static Vote awaitVote(String kind, String subjectId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Vote vote = QuarkusTransaction.requiringNew().call(() ->
                    Vote.<Vote>find("kind = ?1 and subjectId = ?2", kind, subjectId).firstResult());
            if (vote != null) {
                return vote;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + kind + " vote on " + subjectId + " within 30 s");
    }

    private static void awaitRole(String personId) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (QuarkusTransaction.requiringNew().call(() -> PersonRole.findById(new PersonRole.Key(personId, "director"))) == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the role projection did not hear of " + personId + " within 30 s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static void awaitDirectors(int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (QuarkusTransaction.requiringNew().call(() -> PersonRole.holders("director", Instant.now()).size()) == count) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the role projection did not list " + count + " directors within 30 s");
    }

    private static String prefix(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }
}
