package dev.pygov.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pygov.devstack.RunningPlatform;
import dev.pygov.devstack.test.TopicReader;
import dev.pygov.events.Topics;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault: every service is restarted in the middle of a scenario, and what fell due while it was down happens once, at
 * the first moment after it is back. A community vote is open; while notification-service and membership-service are
 * down the clock passes the vote's reminder time, the end of a supporting membership and of an officer's term; while
 * election-service and proposal-service are down it passes the vote's deadline. Afterwards: one reminder per member
 * who had not voted and none for the one who had, voting-member ends once (one event) and both roles leave Keycloak,
 * the vote is decided once, after its deadline.
 */
@ExtendWith({PlatformExtension.class, FaultRecovery.class})
class ServiceRestartTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration READY = Duration.ofSeconds(90);

    private final RunningPlatform platform = PlatformExtension.platform();
    private final String election = platform.serviceUrl("election");
    private final String notification = platform.serviceUrl("notification");

    @Test
    void whatFallsDueWhileAServiceIsDownHappensOnceWhenItIsBack() throws Exception {
        List<FaultPeople.Person> members = FaultPeople.communityMembers("restart", 3);
        FaultPeople.Person officer = members.get(0);
        Instant termEnds = platform.now().plus(Duration.ofHours(1));
        given().auth().oauth2(FaultPeople.officerToken()).contentType("application/json")
                .body("{\"role\":\"officer\",\"from\":\"" + platform.now().minusSeconds(60) + "\",\"until\":\"" + termEnds
                        + "\",\"authority\":\"Board resolution appointing the officer\"}")
                .post(FaultPeople.membership() + "/people/" + officer.subject + "/roles").then().statusCode(201);
        // A supporting membership that runs out tomorrow: voting-member is derived from it, and its end is an event.
        LocalDate today = LocalDate.ofInstant(platform.now(), ZoneOffset.UTC);
        given().auth().oauth2(FaultPeople.officerToken()).contentType("application/json")
                .body("{\"membershipClass\":\"supporting\",\"since\":\"" + today + "\",\"until\":\"" + today.plusDays(1) + "\"}")
                .put(FaultPeople.membership() + "/people/" + officer.subject + "/membership-class").then().statusCode(200);

        Await.until("Keycloak gives the officer both roles", READY,
                () -> realmRoles(officer).containsAll(List.of("officer", "voting-member")));

        String voteId = proposeChange(members.get(1));
        Instant closesAt = Instant.parse(given().get(election + "/votes/" + voteId).then().statusCode(200).extract().path("closesAt"));
        // One member votes no: their participation is recorded, so they need no reminder; and the change fails.
        FaultPeople.Person voter = members.get(2);
        given().auth().oauth2(voter.token()).contentType("application/json").body("{\"choice\":\"no\"}")
                .put(election + "/votes/" + voteId + "/ballot").then().statusCode(200);
        List<FaultPeople.Person> toRemind = members.subList(0, 2);
        Quiescence.settle(PlatformExtension.platform(), Duration.ofMinutes(2));
        assertThat(reminders(members.get(0))).as("no reminder before its time").isEmpty();

        // Down: notification (reminders) and membership (role periods). The clock passes the reminder, 48 h before
        // the deadline, and the officer's term end.
        stop("notification", "membership");
        platform.advanceClock(Duration.between(platform.now(), closesAt.minus(Duration.ofHours(47))));
        start("notification", "membership");

        for (FaultPeople.Person member : toRemind) {
            Await.until("one reminder for " + member.username, READY, () -> reminders(member).size() == 1);
        }
        Await.until("the supporting membership ended: voting-member taken away", READY,
                () -> roleEndings(officer, "voting-member").size() == 1);

        // Down: election (phases and deadlines) and proposal. The clock passes the vote's deadline.
        stop("election", "proposal");
        Instant beforeDeadline = platform.now();
        assertThat(beforeDeadline).isBefore(closesAt);
        platform.advanceClock(Duration.between(platform.now(), closesAt).plusMinutes(1));
        Instant downUntil = platform.now();
        start("election", "proposal");

        JsonPath decided = Await.until("the vote is decided after the restart", READY, () -> {
            JsonPath vote = given().get(election + "/votes/" + voteId).then().statusCode(200).extract().jsonPath();
            return vote.get("result") != null ? vote : null;
        });
        Instant decidedAt = Instant.parse(decided.getString("result.decidedAt"));
        assertThat(decidedAt).as("decided at the first moment after the deadline: once back").isAfterOrEqualTo(downUntil)
                .isBefore(platform.now());
        assertThat(decided.getBoolean("result.passed")).as("the change is not adopted: 0 yes of 1").isFalse();

        Quiescence.settle(PlatformExtension.platform(), Duration.ofMinutes(2));
        assertThat(decisions(voteId)).as("VoteDecided events for the vote").hasSize(1);
        for (FaultPeople.Person member : toRemind) {
            assertThat(reminders(member)).as("reminders for %s after the vote closed", member.username).hasSize(1);
        }
        assertThat(reminders(voter)).as("no reminder for the member who had voted").isEmpty();
        assertThat(roleEndings(officer, "voting-member")).as("role-changed events ending voting-member").hasSize(1);
        assertThat(roleEndings(officer, "officer")).as("a grant's end needs no event: the grant carried its period").isEmpty();
        Await.until("Keycloak no longer gives the officer role or voting-member", READY,
                () -> !realmRoles(officer).contains("officer") && !realmRoles(officer).contains("voting-member"));
        for (var service : platform.services()) {
            given().get(service.readyUrl()).then().statusCode(200);
        }
    }

    private void stop(String... names) {
        CompletableFuture.allOf(java.util.Arrays.stream(names)
                .map(name -> CompletableFuture.runAsync(() -> platform.stopService(name))).toArray(CompletableFuture[]::new)).join();
    }

    private void start(String... names) {
        CompletableFuture.allOf(java.util.Arrays.stream(names)
                .map(name -> CompletableFuture.runAsync(() -> platform.startService(name))).toArray(CompletableFuture[]::new)).join();
    }

    private List<String> realmRoles(FaultPeople.Person person) {
        String token = platform.keycloak().passwordGrant(person.username, person.password);
        List<String> roles = new java.util.ArrayList<>();
        Tokens.claims(token).path("realm_access").path("roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }

    private List<Map<String, Object>> reminders(FaultPeople.Person member) {
        return given().auth().oauth2(member.token()).get(notification + "/inbox").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.kind == 'deadline-reminder' }");
    }

    private List<ConsumerRecord<String, String>> roleEndings(FaultPeople.Person person, String role) {
        return events(Topics.MEMBERSHIP, event -> event.path("type").asText().equals("dev.pygov.membership.role-changed.v1")
                && event.path("data").path("personId").asText().equals(person.subject)
                && event.path("data").path("role").asText().equals(role)
                && !event.path("data").path("held").asBoolean(true));
    }

    private List<ConsumerRecord<String, String>> decisions(String voteId) {
        return events(Topics.ELECTION, event -> event.path("type").asText().equals("dev.pygov.election.vote-decided.v1")
                && event.path("data").path("voteId").asText().equals(voteId));
    }

    /** Every record on the topic so far that matches (the reader stops when the topic is read to its end). */
    private List<ConsumerRecord<String, String>> events(String topic, Predicate<JsonNode> matching) {
        return TopicReader.await(platform.kafkaBootstrapServers(), topic, r -> matching.test(parse(r.value())),
                Integer.MAX_VALUE, Duration.ofSeconds(5));
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String proposeChange(FaultPeople.Person proposer) throws IOException {
        JsonNode inForce = JSON.readTree(given().get(election + "/rulebook").then().statusCode(200).extract().asString());
        ObjectNode document = (ObjectNode) inForce.path("document").deepCopy();
        document.put("version", inForce.path("version").asInt() + 1);
        ((ObjectNode) document.path("community")).put("widerCommunityNomineeCap", 8);
        ObjectNode request = JSON.createObjectNode().put("summary", "Fault test: a change nobody votes on");
        request.set("rulebook", document);
        return given().auth().oauth2(proposer.token()).contentType("application/json").body(request.toString())
                .post(election + "/governance/changes").then().statusCode(201).extract().path("voteId");
    }
}
