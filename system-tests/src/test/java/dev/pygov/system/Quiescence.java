package dev.pygov.system;

import dev.pygov.devstack.RunningPlatform;
import org.apache.kafka.clients.admin.Admin;
import dev.pygov.devstack.kafka.KafkaServer;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;

/**
 * Waits until nothing acknowledged is still in flight: every service's outbox relayed, every consumer group at the
 * end of what it reads, no ballot waiting in election-service's intake and no mail waiting. Only then can a test
 * count effects and know that none is still to come. It must hold twice in a row, because one consumed event may
 * write the next into an outbox between two of the checks.
 */
final class Quiescence {

    static final List<String> GROUPS = List.of("membership-service", "election-service", "proposal-service", "notification-service");

    private Quiescence() {
    }

    static void settle(RunningPlatform platform) {
        settle(platform, Duration.ofMinutes(2));
    }

    static void settle(RunningPlatform platform, Duration timeout) {
        try (Admin admin = Admin.create(KafkaServer.adminProperties(platform.kafkaBootstrapServers()))) {
            boolean[] settledBefore = {false};
            Await.until("outboxes relayed, consumers caught up, no ballot or mail waiting (twice in a row)", timeout, () -> {
                boolean settled = settledOnce(platform, admin);
                boolean twice = settled && settledBefore[0];
                settledBefore[0] = settled;
                return twice;
            });
        }
    }

    private static boolean settledOnce(RunningPlatform platform, Admin admin) throws Exception {
        String operator = Tokens.fresh("admin1");
        return outboxesEmpty(platform, operator) && consumersCaughtUp(admin) && nothingWaiting(platform, operator);
    }

    private static boolean outboxesEmpty(RunningPlatform platform, String operator) {
        return platform.services().stream().allMatch(service -> given().auth().oauth2(operator)
                .get(service.url() + "/admin/outbox").then().statusCode(200).extract().jsonPath().getLong("pending") == 0);
    }

    private static boolean nothingWaiting(RunningPlatform platform, String operator) {
        boolean noBallotWaiting = given().auth().oauth2(operator).get(platform.serviceUrl("election") + "/admin/ballot-intake")
                .then().statusCode(200).extract().jsonPath().getLong("waiting") == 0;
        return noBallotWaiting && given().auth().oauth2(operator).queryParam("status", "PENDING")
                .get(platform.serviceUrl("notification") + "/admin/mail").then().statusCode(200)
                .extract().jsonPath().getList("").isEmpty();
    }

    private static boolean consumersCaughtUp(Admin admin) throws Exception {
        for (String group : GROUPS) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            if (committed.isEmpty()) {
                continue;
            }
            Map<TopicPartition, Long> ends = admin.listOffsets(committed.keySet().stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get()
                    .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            // The services commit on every partition they were assigned and read; a partition never committed on is empty.
            for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
                if (entry.getValue() == null || entry.getValue().offset() < ends.get(entry.getKey())) {
                    return false;
                }
            }
        }
        return true;
    }
}
