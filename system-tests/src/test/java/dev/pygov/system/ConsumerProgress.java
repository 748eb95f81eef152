package dev.pygov.system;

import org.apache.kafka.clients.admin.Admin;
import dev.pygov.devstack.kafka.KafkaServer;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/** Waits until a consumer group has committed everything on a topic: then all its effects are visible. */
final class ConsumerProgress {

    private ConsumerProgress() {
    }

    static void awaitCaughtUp(String bootstrap, String group, String topic, Duration timeout) throws Exception {
        try (Admin admin = Admin.create(KafkaServer.adminProperties(bootstrap))) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (caughtUp(admin, group, topic)) {
                    return;
                }
                Thread.sleep(250);
            }
            throw new AssertionError(group + " did not consume " + topic + " to its end within " + timeout);
        }
    }

    private static boolean caughtUp(Admin admin, String group, String topic) throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        var partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic).partitions()
                .stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                .all().get();
        return partitions.stream().allMatch(p -> {
            OffsetAndMetadata done = committed.get(p);
            long end = ends.get(p).offset();
            return end == 0 || (done != null && done.offset() >= end);
        });
    }
}
