package dev.pygov.system;

import dev.pygov.devstack.RunningPlatform;
import dev.pygov.events.Topics;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Waits until everything already acknowledged has travelled: every service's outbox is relayed, then every
 * consumer group has consumed its topics to the end. Effects of earlier calls are then visible everywhere.
 */
final class Quiescence {

    private static final Map<String, List<String>> CONSUMED = Map.of(
            "election-service", List.of(Topics.MEMBERSHIP, Topics.PROPOSAL),
            "membership-service", List.of(Topics.ELECTION),
            "proposal-service", List.of(Topics.ELECTION),
            "notification-service", List.of(Topics.MEMBERSHIP, Topics.ELECTION, Topics.PROPOSAL));

    private Quiescence() {
    }

    /** Three rounds, because one consumed event may write the next into another service's outbox. */
    static void settle(RunningPlatform platform) throws Exception {
        for (int round = 0; round < 3; round++) {
            settleOnce(platform);
        }
    }

    private static void settleOnce(RunningPlatform platform) throws Exception {
        String admin = Tokens.fresh("admin1");
        for (String service : List.of("membership", "election", "proposal", "notification")) {
            Await.until(service + "'s outbox is relayed", () -> given().auth().oauth2(admin)
                    .get(platform.serviceUrl(service) + "/admin/outbox").then().statusCode(200)
                    .extract().jsonPath().getLong("pending") == 0 ? Boolean.TRUE : null);
        }
        for (var group : CONSUMED.entrySet()) {
            for (String topic : group.getValue()) {
                ConsumerProgress.awaitCaughtUp(platform.kafkaBootstrapServers(), group.getKey(), topic, Duration.ofSeconds(90));
            }
        }
    }
}
