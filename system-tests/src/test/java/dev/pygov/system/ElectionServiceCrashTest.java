package dev.pygov.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pygov.devstack.RunningPlatform;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault: election-service dies by SIGKILL, three times, while community members cast and replace ballots through REST
 * with their own Keycloak tokens. A request that got a 200 is acknowledged: its ballot must be counted, exactly once,
 * with what the voter last sent. A request that failed on the connection is unacknowledged: the voter retries it (the
 * same choice, the same key), and the retry must not make a second ballot. The vote is a governance change that
 * fails (at most a third vote yes), so no rulebook is adopted and nothing else on the shared platform changes.
 */
@ExtendWith({PlatformExtension.class, FaultRecovery.class})
class ElectionServiceCrashTest {

    private static final int VOTERS = 40;
    private static final int THREADS = 8;
    private static final int KILLS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final RunningPlatform platform = PlatformExtension.platform();
    private final String election = platform.serviceUrl("election");

    /** What one voter was told; null fields were never acknowledged. */
    private static final class Outcome {
        final FaultPeople.Person voter;
        final String firstChoice;
        final String replacement;
        volatile String tracker;
        volatile String ballotKey;
        volatile String acknowledgedChoice;
        /** The cast failed on the connection and the retry found the ballot already stored: counted, receipt lost. */
        volatile boolean castCommittedUnacknowledged;

        Outcome(FaultPeople.Person voter, String firstChoice, String replacement) {
            this.voter = voter;
            this.firstChoice = firstChoice;
            this.replacement = replacement;
        }
    }

    @Test
    void everyBallotAcknowledgedBeforeASigkillIsCountedOnceAndRetriesAddNone() throws Exception {
        List<FaultPeople.Person> voters = FaultPeople.communityMembers("crash", VOTERS);
        String voteId = proposeAChangeNobodyWillAdopt(voters.get(0));
        JsonPath opened = given().get(election + "/votes/" + voteId).then().statusCode(200).extract().jsonPath();
        List<String> roll = given().get(election + "/votes/" + voteId + "/roll").then().statusCode(200).extract().jsonPath().getList("");
        assertThat(roll).as("the frozen roll").containsAll(voters.stream().map(FaultPeople.Person::displayName).toList());

        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < VOTERS; i++) {
            String first = List.of("yes", "no", "abstain").get(i % 3);
            String replacement = i % 2 == 0 ? (first.equals("no") ? "abstain" : "no") : null;
            outcomes.add(new Outcome(voters.get(i), first, replacement));
        }
        int operations = VOTERS + (int) outcomes.stream().filter(o -> o.replacement != null).count();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger connectionFailures = new AtomicInteger();
        ConcurrentLinkedQueue<String> defects = new ConcurrentLinkedQueue<>();
        List<Long> killedPids = Collections.synchronizedList(new ArrayList<>());

        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        try {
            Future<?> killer = pool.submit(() -> {
                for (int k = 1; k <= KILLS; k++) {
                    int threshold = k * operations / (KILLS + 1);
                    while (acknowledged.get() < threshold) {
                        Await.pause(5);
                    }
                    killedPids.add(platform.service("election").process().pid());
                    platform.killService("election");
                    Await.pause(1000);
                    platform.startService("election");
                }
                return null;
            });
            ConcurrentLinkedQueue<Outcome> queue = new ConcurrentLinkedQueue<>(outcomes);
            List<Future<?>> casting = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                casting.add(pool.submit(() -> {
                    for (Outcome outcome = queue.poll(); outcome != null; outcome = queue.poll()) {
                        vote(voteId, outcome, acknowledged, connectionFailures, defects);
                    }
                    return null;
                }));
            }
            for (Future<?> thread : casting) {
                thread.get(10, TimeUnit.MINUTES);
            }
            killer.get(10, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(2, TimeUnit.MINUTES);
        }

        assertThat(defects).as("answers no client should get").isEmpty();
        assertThat(killedPids).as("election-service was SIGKILLed while ballots were being cast").hasSize(KILLS).doesNotHaveDuplicates();
        assertThat(connectionFailures.get()).as("requests that failed on the connection (the kills hit live traffic)").isPositive();

        Instant closesAt = Instant.parse(opened.getString("closesAt"));
        platform.advanceClock(Duration.between(platform.now(), closesAt).plusMinutes(1));
        JsonPath decided = Await.until("the vote is decided after its deadline", Duration.ofSeconds(90), () -> {
            JsonPath vote = given().get(election + "/votes/" + voteId).then().statusCode(200).extract().jsonPath();
            return vote.get("result") != null ? vote : null;
        });
        List<Map<String, String>> published = given().get(election + "/votes/" + voteId + "/ballots").then().statusCode(200)
                .extract().jsonPath().getList("");

        Map<String, String> choiceByTracker = new HashMap<>();
        published.forEach(ballot -> choiceByTracker.put(ballot.get("tracker"), ballot.get("choice")));
        assertThat(choiceByTracker).as("no tracker published twice").hasSize(published.size());
        assertThat(published).as("one ballot per voter: retries made none").hasSize(VOTERS);
        assertThat(decided.getInt("result.ballotsCast")).isEqualTo(VOTERS);
        assertThat(decided.getBoolean("result.passed")).isFalse();

        List<String> unmatched = new ArrayList<>(choiceByTracker.keySet());
        List<String> expectedUnreceipted = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome.castCommittedUnacknowledged) {
                expectedUnreceipted.add(outcome.firstChoice);
                continue;
            }
            assertThat(outcome.tracker).as("%s was acknowledged", outcome.voter.username).isNotNull();
            assertThat(choiceByTracker.get(outcome.tracker)).as("the ballot behind %s's tracker", outcome.voter.username)
                    .isEqualTo(outcome.acknowledgedChoice);
            unmatched.remove(outcome.tracker);
        }
        assertThat(unmatched.stream().map(choiceByTracker::get).toList())
                .as("the ballots whose receipt a kill swallowed hold what those voters sent")
                .containsExactlyInAnyOrderElementsOf(expectedUnreceipted);
        System.out.printf("[crash] %d kills, %d connection failures, %d ballots (%d committed with the receipt lost)%n",
                KILLS, connectionFailures.get(), published.size(), expectedUnreceipted.size());
    }

    /** Cast, then (for half of them) replace with the key, each retried until answered; connection errors are retried. */
    private void vote(String voteId, Outcome outcome, AtomicInteger acknowledged, AtomicInteger connectionFailures,
                      ConcurrentLinkedQueue<String> defects) {
        boolean uncertain = false;
        while (true) {
            Answer answer = put(voteId, outcome.voter, "{\"choice\":\"" + outcome.firstChoice + "\"}");
            if (answer == null) {
                connectionFailures.incrementAndGet();
                uncertain = true;
                Await.pause(200);
            } else if (answer.status == 200) {
                outcome.tracker = answer.body.path("tracker").asText();
                outcome.ballotKey = answer.body.path("ballotKey").asText();
                outcome.acknowledgedChoice = outcome.firstChoice;
                acknowledged.incrementAndGet();
                break;
            } else if (answer.status == 409 && uncertain) {
                // The lost answer's cast had committed: the ballot counts, its receipt is gone; nothing to replace.
                outcome.castCommittedUnacknowledged = true;
                acknowledged.incrementAndGet();
                return;
            } else if (answer.status >= 500 || answer.status == 401) {
                uncertain = true; // a service still starting (OIDC metadata) or one whose transaction died: try again
                Await.pause(200);
            } else {
                defects.add(outcome.voter.username + " cast: " + answer.status + " " + answer.body);
                return;
            }
        }
        if (outcome.replacement == null) {
            return;
        }
        while (true) {
            Answer answer = put(voteId, outcome.voter,
                    "{\"choice\":\"" + outcome.replacement + "\",\"ballotKey\":\"" + outcome.ballotKey + "\"}");
            if (answer == null) {
                connectionFailures.incrementAndGet();
                Await.pause(200);
            } else if (answer.status == 200) {
                if (!outcome.tracker.equals(answer.body.path("tracker").asText())) {
                    defects.add(outcome.voter.username + " replace answered another tracker: " + answer.body);
                }
                outcome.acknowledgedChoice = outcome.replacement;
                acknowledged.incrementAndGet();
                return;
            } else if (answer.status >= 500 || answer.status == 401) {
                Await.pause(200);
            } else {
                defects.add(outcome.voter.username + " replace: " + answer.status + " " + answer.body);
                return;
            }
        }
    }

    private record Answer(int status, JsonNode body) {
    }

    /** null when the request failed on the connection (refused, reset, or no answer in time): unacknowledged. */
    private Answer put(String voteId, FaultPeople.Person voter, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(election + "/votes/" + voteId + "/ballot"))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + voter.token()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? JSON.nullNode() : parse(response.body());
            return new Answer(response.statusCode(), json);
        } catch (IOException connection) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    /** A governance change (version in force + 1) opens a community vote at once; the voters make it fail. */
    private String proposeAChangeNobodyWillAdopt(FaultPeople.Person proposer) throws IOException {
        JsonNode inForce = JSON.readTree(given().get(election + "/rulebook").then().statusCode(200).extract().asString());
        ObjectNode document = (ObjectNode) inForce.path("document").deepCopy();
        document.put("version", inForce.path("version").asInt() + 1);
        ArrayNode hours = ((ObjectNode) document.path("notifications")).putArray("reminderHoursBeforeDeadline");
        hours.add(72).add(24);
        ObjectNode request = JSON.createObjectNode().put("summary", "Fault test: a change the voters turn down");
        request.set("rulebook", document);
        String voteId = given().auth().oauth2(proposer.token()).contentType("application/json").body(request.toString())
                .post(election + "/governance/changes").then().statusCode(201).extract().path("voteId");
        assertThat(voteId).as("the change goes straight to a vote (secondingDays 0)").isNotNull();
        return voteId;
    }
}
