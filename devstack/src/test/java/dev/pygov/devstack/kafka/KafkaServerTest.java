package dev.pygov.devstack.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KafkaServerTest {

    @TempDir
    Path logDir;

    @Test
    void producesAndConsumesOnAnAutoCreatedTopicAndKeepsItAcrossRestarts() throws Exception {
        try (KafkaServer kafka = KafkaServer.start(0, logDir, false)) {
            produce(kafka, "membership.events", "member-1", "joined");
            assertEquals(List.of("member-1=joined"), consumeAll(kafka, "membership.events", 1));
        }
        try (KafkaServer restarted = KafkaServer.start(0, logDir, false)) {
            assertEquals(List.of("member-1=joined"), consumeAll(restarted, "membership.events", 1));
        }
    }

    @Test
    void aStoppedBrokerComesBackOnTheSamePortWithItsTopicsAndCommittedOffsets() throws Exception {
        try (KafkaServer kafka = KafkaServer.start(0, logDir, false)) {
            produce(kafka, "election.events", "e-1", "opened");
            kafka.stop();
            assertFalse(kafka.isRunning());

            kafka.restart();

            assertTrue(kafka.isRunning());
            produce(kafka, "election.events", "e-1", "closed");
            assertEquals(List.of("e-1=opened", "e-1=closed"), consumeAll(kafka, "election.events", 2));
        }
    }

    private static void produce(KafkaServer kafka, String topic, String key, String value)
            throws ExecutionException, InterruptedException {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static List<String> consumeAll(KafkaServer kafka, String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (received.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    received.add(record.key() + "=" + record.value());
                }
            }
        }
        return received;
    }
}
