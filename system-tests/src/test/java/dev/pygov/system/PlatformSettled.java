package dev.pygov.system;

import dev.pygov.devstack.RunningPlatform;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;

/**
 * Waits until nothing is in flight: every service's outbox relayed, every service's consumer group at the end of what
 * it reads, and no mail waiting. Only then can a test count effects and know that none is still to come.
 */
final class PlatformSettled {

    static final List<String> GROUPS = List.of("membership-service", "election-service", "proposal-service", "notification-service");

    private PlatformSettled() {
    }

    static void await(Duration timeout) {
        RunningPlatform platform = PlatformExtension.platform();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()))) {
            Eventually.await("outboxes relayed, consumers caught up and no mail waiting", timeout,
                    () -> outboxesEmpty(platform) && consumersCaughtUp(admin) && noMailWaiting(platform));
        }
    }

    private static boolean outboxesEmpty(RunningPlatform platform) {
        String admin = Tokens.fresh("admin1");
        return platform.services().stream().allMatch(service -> given().auth().oauth2(admin)
                .get(service.url() + "/admin/outbox").then().statusCode(200).extract().jsonPath().getLong("pending") == 0);
    }

    private static boolean noMailWaiting(RunningPlatform platform) {
        return given().auth().oauth2(Tokens.fresh("admin1")).queryParam("status", "PENDING")
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
            // A partition the group has never committed on is caught by the listing of the topic's other partitions only
            // when it is empty; the services commit on every partition they were assigned and read.
            for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
                if (entry.getValue() == null || entry.getValue().offset() < ends.get(entry.getKey())) {
                    return false;
                }
            }
        }
        return true;
    }
}
