package dev.pygov.election;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.devstack.test.TopicReader;
import dev.pygov.election.domain.CouncilSeat;
import dev.pygov.election.domain.Election;
import dev.pygov.election.domain.ElectionKind;
import dev.pygov.election.domain.ElectionService;
import dev.pygov.election.domain.GovernanceChange;
import dev.pygov.election.domain.GovernanceService;
import dev.pygov.election.domain.Phase;
import dev.pygov.election.domain.RulebookInForce;
import dev.pygov.election.domain.RulebookService;
import dev.pygov.election.domain.Vote;
import dev.pygov.election.domain.VoteCall;
import dev.pygov.election.domain.VoteCallService;
import dev.pygov.election.domain.VoteRollEntry;
import dev.pygov.election.domain.VoteService;
import dev.pygov.events.CloudEvent;
import dev.pygov.events.EventCodec;
import dev.pygov.events.Topics;
import dev.pygov.events.membership.AdmissionVoteRequested;
import dev.pygov.rulebook.Rulebooks;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Community votes against the real PostgreSQL and Kafka: admission requested by membership-service, no-confidence
 * calls (lapsed, refused seconds, failed quorum, a councillor removed, the council dissolved) and governance changes
 * decided by two thirds of the votes cast. Time is driven through the services' {@code now}.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class CommunityVoteTest {

    @Inject
    VoteService votes;
    @Inject
    VoteCallService calls;
    @Inject
    GovernanceService governance;
    @Inject
    ElectionService elections;
    @Inject
    RulebookService rulebooks;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    @Test
    void anAdmissionRequestedByMembershipIsVotedSecretlyAndPassesExactlyOnce() throws Exception {
        String p = prefix("adm");
        members(p, 4);
        String callId = UUID.randomUUID().toString();
        Members.publish(new AdmissionVoteRequested(callId, p + "candidate", "Cand Idate", p + "m1", p + "m2", Instant.now()));
        Vote vote = awaitVote("admission", callId);
        assertThat(vote.question).contains("Cand Idate");
        assertThat(vote.closesAt).isEqualTo(vote.openedAt.plus(Duration.ofDays(rulebooks.inForce().communityVotes().admission().votingDays())));
        Members.publish(new AdmissionVoteRequested(callId, p + "candidate", "Cand Idate", p + "m1", p + "m2", Instant.now()));

        List<String> roll = rollOf(vote.id);
        assertThat(roll).contains(p + "m1", p + "m4").doesNotContain(p + "candidate");
        Instant during = vote.openedAt.plusSeconds(60);
        String firstKey = null;
        for (int i = 0; i < roll.size(); i++) {
            var receipt = votes.cast(vote.id, roll.get(i), i == 0 ? "no" : "yes", null, during);
            assertThat(receipt.tracker()).hasSize(64);
            if (i == 0) {
                firstKey = receipt.ballotKey();
            }
        }
        String key = firstKey;
        votes.cast(vote.id, roll.get(0), "abstain", key, during.plusSeconds(60));
        assertThat(votes.lookup(vote.id, key).content()).isEqualTo("abstain");
        assertThatThrownBy(() -> votes.cast(vote.id, roll.get(1), "no", null, during))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("already-voted"));
        assertThatThrownBy(() -> votes.cast(vote.id, p + "candidate", "yes", null, during))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("voter"));
        assertBallotsKeepNoPersonOrTime(vote.id);

        votes.advance(vote.closesAt.minusSeconds(1));
        assertThat(reload(vote.id).status).isEqualTo(Vote.OPEN);
        votes.advance(vote.closesAt);
        Vote decided = reload(vote.id);
        assertThat(decided.passed).isTrue();
        assertThat(decided.quorumMet).isTrue();
        assertThat(decided.yes).isEqualTo(roll.size() - 1);
        assertThat(decided.abstain).isEqualTo(1);
        Instant decidedAt = decided.decidedAt;
        votes.advance(vote.closesAt.plus(Duration.ofDays(1)));
        assertThat(reload(vote.id).decidedAt).as("decided exactly once").isEqualTo(decidedAt);
        assertThatThrownBy(() -> votes.cast(vote.id, roll.get(1), "no", null, vote.closesAt))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("vote-closed"));

        var events = TopicReader.await(KafkaResource.bootstrapServers(), Topics.ELECTION,
                r -> vote.key().equals(r.key()) && r.value().contains("vote-decided"), 1, Duration.ofSeconds(30));
        CloudEvent event = EventCodec.read(events.get(0).value());
        assertThat(event.data().get("kind").asText()).isEqualTo("admission");
        assertThat(event.data().get("subjectId").asText()).isEqualTo(callId);
        assertThat(event.data().get("passed").asBoolean()).isTrue();
        assertThat(event.data().get("rollSize").asInt()).isEqualTo(roll.size());
        var participation = TopicReader.await(KafkaResource.bootstrapServers(), Topics.ELECTION,
                r -> vote.key().equals(r.key()) && r.value().contains("ballot-participation-recorded"), roll.size(), Duration.ofSeconds(30));
        assertThat(participation).hasSize(roll.size());
        assertThat(participation).allSatisfy(r -> assertThat(r.value()).doesNotContain("\"yes\"").doesNotContain("choice"));
        given().get("/votes/" + vote.id + "/ballots").then().statusCode(200).body("choice", hasItem("abstain"));
    }

    @Test
    void aNoConfidenceCallNobodySecondsLapsesOnceAndALateSecondIsRefused() {
        String p = prefix("lapse");
        members(p, 2);
        seat(p + "m1", "Cll One");
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        VoteCall call = calls.callNoConfidence(p + "m2", "councillor", p + "m1", "lost my confidence", t0);
        assertThat(call.secondDeadline).isEqualTo(t0.plus(Duration.ofDays(rulebooks.inForce().communityVotes().noConfidence().secondingDays())));
        assertThatThrownBy(() -> calls.second(call.id, p + "m2", t0.plusSeconds(60)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.slug()).isEqualTo("caller-cannot-second");
                    assertThat(e.field()).isEqualTo("seconder");
                });
        assertThatThrownBy(() -> calls.second(call.id, p + "m1", call.secondDeadline))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("second-too-late"));
        assertThat(callStatus(call.id)).isEqualTo(VoteCall.CALLED);

        calls.lapseDue(call.secondDeadline.minusSeconds(1));
        assertThat(callStatus(call.id)).isEqualTo(VoteCall.CALLED);
        calls.lapseDue(call.secondDeadline);
        calls.lapseDue(call.secondDeadline.plusSeconds(60));
        assertThat(callStatus(call.id)).isEqualTo(VoteCall.LAPSED);
        assertThatThrownBy(() -> calls.second(call.id, p + "m1", call.secondDeadline.plusSeconds(120)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("call-not-awaiting-second"));
        var changes = TopicReader.await(KafkaResource.bootstrapServers(), Topics.ELECTION,
                r -> call.key().equals(r.key()) && r.value().contains("vote-call-changed"), 2, Duration.ofSeconds(30));
        assertThat(changes).extracting(r -> EventCodec.read(r.value()).data().get("status").asText()).containsExactly("called", "lapsed");
        given().get("/votes/no-confidence-calls").then().statusCode(200).body("find { it.id == '" + call.id + "' }.status", equalTo("lapsed"));
    }

    @Test
    void aNoConfidenceVoteShortOfItsQuorumLeavesTheCouncillorSeated() {
        String p = prefix("quorum");
        members(p, 6);
        seat(p + "m1", "Cll Quorum");
        Vote vote = secondedNoConfidence(p, "councillor", p + "m1");
        assertThat(vote.subjectId).isEqualTo(p + "m1");
        votes.cast(vote.id, p + "m2", "yes", null, vote.openedAt.plusSeconds(1));
        votes.cast(vote.id, p + "m3", "yes", null, vote.openedAt.plusSeconds(2));
        votes.advance(vote.closesAt);
        Vote decided = reload(vote.id);
        assertThat(decided.passed).isFalse();
        assertThat(decided.quorumMet).isFalse();
        assertThat(decided.explanation).startsWith("quorum not met");
        assertThat(seatHeld(p + "m1")).isTrue();
    }

    @Test
    void aSuccessfulNoConfidenceVoteInOneCouncillorVacatesTheirSeat() {
        String p = prefix("one");
        members(p, 4);
        seat(p + "m1", "Cll Gone");
        Vote vote = secondedNoConfidence(p, "councillor", p + "m1");
        everyoneVotes(vote, Map.of(p + "m1", "no"));
        votes.advance(vote.closesAt);
        Vote decided = reload(vote.id);
        assertThat(decided.passed).as(decided.explanation).isTrue();
        assertThat(decided.threshold).contains("2/3");
        assertThat(seatHeld(p + "m1")).isFalse();
        String reason = QuarkusTransaction.requiringNew().call(() ->
                CouncilSeat.<CouncilSeat>find("personId = ?1", p + "m1").firstResult().endReason);
        assertThat(reason).isEqualTo("no-confidence");
    }

    @Test
    void aSuccessfulNoConfidenceVoteInTheWholeCouncilDissolvesItAndCreatesTheWholeCouncilElection() {
        String p = prefix("all");
        members(p, 4);
        seat(p + "m1", "Cll A");
        seat(p + "m2", "Cll B");
        Vote vote = secondedNoConfidence(p, "council", null);
        assertThat(vote.subjectId).isEqualTo("council");
        everyoneVotes(vote, Map.of());
        votes.advance(vote.closesAt);
        assertThat(reload(vote.id).passed).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> CouncilSeat.current())).isEmpty();
        Election created = QuarkusTransaction.requiringNew().call(() ->
                Election.<Election>find("appointedBy", "no-confidence vote " + vote.id).firstResult());
        assertThat(created).isNotNull();
        assertThat(created.kind).isEqualTo(ElectionKind.WHOLE_COUNCIL);
        assertThat(created.phase).isEqualTo(Phase.DRAFT);
        assertThat(created.returningOfficerId).as("the Executive Director names one").isNull();
    }

    @Test
    void aGovernanceChangeIsAdoptedByTwoThirdsOfTheVotesCastAndOneVoteShortIsNot() throws Exception {
        String p = prefix("gov");
        members(p, 6);
        try {
            GovernanceChange shortOne = governance.propose(p + "m1", proposal(10), "shorter nominations", Instant.now());
            assertThat(shortOne.status).as("secondingDays 0: the vote opens at once").isEqualTo(GovernanceChange.VOTING);
            Vote first = reload(shortOne.voteId);
            assertThat(first.subjectId).isEqualTo("2");
            castAll(first, List.of("yes", "yes", "yes", "no", "no"), p);
            votes.advance(first.closesAt);
            assertThat(reload(first.id).passed).isFalse();
            assertThat(reload(first.id).yesNeeded).isEqualTo(4);
            assertThat(changeStatus(shortOne.id)).isEqualTo(GovernanceChange.REJECTED);
            assertThat(inForce()).isEqualTo(1);

            GovernanceChange adopted = governance.propose(p + "m2", proposal(10), "shorter nominations, again", Instant.now());
            given().get("/governance/changes/" + adopted.id).then().statusCode(200)
                    .body("baseVersion", equalTo(1)).body("version", equalTo(2))
                    .body("diff.find { it.path == '/councilElection/nominationDays' }.from", equalTo(14))
                    .body("diff.find { it.path == '/councilElection/nominationDays' }.to", equalTo(10));
            Vote second = reload(adopted.voteId);
            castAll(second, List.of("yes", "yes", "yes", "yes", "no", "no"), p);
            votes.advance(second.closesAt);
            assertThat(reload(second.id).passed).isTrue();
            assertThat(changeStatus(adopted.id)).isEqualTo(GovernanceChange.ADOPTED);
            assertThat(inForce()).isEqualTo(2);
            given().get("/rulebook").then().statusCode(200).body("version", equalTo(2))
                    .body("document.councilElection.nominationDays", equalTo(10));

            Instant t0 = Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.SECONDS);
            Election election = elections.create(ElectionKind.WHOLE_COUNCIL, null, null, p + "ro", p + "ed", Instant.now());
            assertThat(election.rulebookVersion).isEqualTo(2);
            Election scheduled = elections.schedule(election.id, p + "ro", t0, Instant.now());
            assertThat(scheduled.nominationsCloseAt).isEqualTo(t0.plus(Duration.ofDays(10)));

            var adoptedEvents = TopicReader.await(KafkaResource.bootstrapServers(), Topics.ELECTION,
                    r -> "2".equals(r.key()) && r.value().contains("rulebook-adopted"), 1, Duration.ofSeconds(30));
            CloudEvent event = EventCodec.read(adoptedEvents.get(0).value());
            assertThat(event.data().get("adoptedByVoteId").asText()).isEqualTo(second.key());
            assertThat(Rulebooks.parse(event.data().get("rulebookJson").asText().getBytes()).councilElection().nominationDays()).isEqualTo(10);
        } finally {
            // Other test classes share this database and assume the seeded rulebook: put version 1 back in force.
            QuarkusTransaction.requiringNew().run(() -> RulebookInForce.get().version = 1);
        }
    }

    @Test
    @TestSecurity(user = "gov-bad", roles = "packaging-member")
    void aMalformedRulebookIsRefusedNamingTheFieldAndNothingChanges() throws Exception {
        Members.member("gov-bad", "Gov Bad");
        long before = QuarkusTransaction.requiringNew().call(() -> GovernanceChange.count());
        ObjectNode zeroSeats = proposal(10);
        ((ObjectNode) zeroSeats.get("council")).put("seats", 0);
        given().contentType(ContentType.JSON).body(Map.of("rulebook", zeroSeats)).post("/governance/changes")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("rulebook.council.seats"));
        ObjectNode wrongVersion = proposal(10);
        wrongVersion.put("version", 7);
        given().contentType(ContentType.JSON).body(Map.of("rulebook", wrongVersion)).post("/governance/changes")
                .then().statusCode(400).body("field", equalTo("rulebook.version"));
        ObjectNode unknownField = proposal(10);
        unknownField.put("kingOfTheHill", true);
        given().contentType(ContentType.JSON).body(Map.of("rulebook", unknownField)).post("/governance/changes")
                .then().statusCode(400).body("field", equalTo("rulebook.kingOfTheHill"));
        given().contentType(ContentType.JSON).body(Map.of("summary", "no document")).post("/governance/changes")
                .then().statusCode(400).body("field", equalTo("rulebook"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> GovernanceChange.count())).isEqualTo(before);
        assertThat(inForce()).isEqualTo(1);
    }

    // --- helpers ---

    private Vote secondedNoConfidence(String p, String target, String personId) {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        VoteCall call = calls.callNoConfidence(p + "m3", target, personId, "the statement", t0);
        VoteCall seconded = calls.second(call.id, p + "m4", t0.plus(Duration.ofDays(1)));
        assertThat(seconded.status).isEqualTo(VoteCall.SECONDED);
        Vote vote = reload(seconded.voteId);
        assertThat(vote.kind).isEqualTo("no-confidence");
        assertThat(vote.openedAt).isEqualTo(t0.plus(Duration.ofDays(1)));
        return vote;
    }

    /** Everyone on the roll votes yes, except those given another choice. */
    private void everyoneVotes(Vote vote, Map<String, String> exceptions) {
        for (String personId : rollOf(vote.id)) {
            votes.cast(vote.id, personId, exceptions.getOrDefault(personId, "yes"), null, vote.openedAt.plusSeconds(1));
        }
    }

    private void castAll(Vote vote, List<String> choices, String p) {
        for (int i = 0; i < choices.size(); i++) {
            votes.cast(vote.id, p + "m" + (i + 1), choices.get(i), null, vote.openedAt.plusSeconds(1));
        }
    }

    private ObjectNode proposal(int nominationDays) throws Exception {
        ObjectNode document = (ObjectNode) json.readTree(Rulebooks.toJson(rulebooks.version(1)));
        document.put("version", inForce() + 1);
        ((ObjectNode) document.get("councilElection")).put("nominationDays", nominationDays);
        return document;
    }

    private void assertBallotsKeepNoPersonOrTime(UUID voteId) {
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<String> columns = em.createNativeQuery(
                    "SELECT column_name || ':' || data_type FROM information_schema.columns WHERE table_name = 'vote_ballot'").getResultList();
            assertThat(columns).isNotEmpty().noneMatch(c -> c.contains("person") || c.contains("timestamp") || c.contains("date")
                    || c.contains("roll") || c.contains("serial"));
            Number writers = (Number) em.createNativeQuery("SELECT count(DISTINCT xmin::text) FROM vote_ballot WHERE vote_id = :v")
                    .setParameter("v", voteId).getSingleResult();
            assertThat(writers.longValue()).as("every slot last written by the same transaction").isEqualTo(1);
        });
    }

    private static void members(String p, int count) {
        for (int i = 1; i <= count; i++) {
            Members.member(p + "m" + i, "Member " + p + i);
        }
    }

    /** A current seat for the person, in an election of its own (seat ids unique to the test). */
    private void seat(String personId, String name) {
        QuarkusTransaction.requiringNew().run(() -> {
            Election election = new Election();
            election.id = UUID.randomUUID();
            election.kind = ElectionKind.WHOLE_COUNCIL;
            election.seats = 5;
            election.phase = Phase.CERTIFIED;
            election.rulebookVersion = 1;
            election.returningOfficerId = "ro";
            election.appointedBy = "ed";
            election.createdAt = Instant.now();
            election.persist();
            CouncilSeat seat = new CouncilSeat();
            seat.id = UUID.randomUUID();
            seat.seatId = "T-" + UUID.randomUUID().toString().substring(0, 8);
            seat.cohort = "A";
            seat.personId = personId;
            seat.displayName = name;
            seat.electionId = election.id;
            seat.termStart = Instant.now().minus(Duration.ofDays(30));
            seat.termEnd = Instant.now().plus(Duration.ofDays(600));
            seat.persist();
        });
    }

    private static boolean seatHeld(String personId) {
        return QuarkusTransaction.requiringNew().call(() -> CouncilSeat.count("personId = ?1 and endedAt is null", personId) > 0);
    }

    private Vote awaitVote(String kind, String subjectId) throws InterruptedException {
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

    private static List<String> rollOf(UUID voteId) {
        return QuarkusTransaction.requiringNew().call(() ->
                new ArrayList<>(VoteRollEntry.of(voteId).stream().map(e -> e.id.personId).toList()));
    }

    private static Vote reload(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Vote.<Vote>findById(id));
    }

    private static String callStatus(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> VoteCall.<VoteCall>findById(id).status);
    }

    private static String changeStatus(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> GovernanceChange.<GovernanceChange>findById(id).status);
    }

    private static int inForce() {
        return QuarkusTransaction.requiringNew().call(() -> RulebookInForce.get().version);
    }

    private static String prefix(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }
}
