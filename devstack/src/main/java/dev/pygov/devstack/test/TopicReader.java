package dev.pygov.devstack.test;

import dev.pygov.devstack.kafka.KafkaServer;
import dev.pygov.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * Reads and writes records on the devstack broker (in this JVM) with plain Kafka clients. It writes as the topic's
 * owning service would (with that service's credentials, so the broker's ACLs apply), and reads as the devstack's
 * administrator, an observer that may read every topic.
 */
public final class TopicReader {

    private TopicReader() {
    }

    /** Polls the topic from its beginning until {@code expected} matching records arrived or the timeout passed. */
    public static List<ConsumerRecord<String, String>> await(String bootstrap, String topic,
                                                             Predicate<ConsumerRecord<String, String>> matching,
                                                             int expected, Duration timeout) {
        Properties props = new Properties();
        props.putAll(KafkaServer.adminProperties(bootstrap));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (found.size() < expected && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (matching.test(record)) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    /**
     * Sends a record as PyGov's outbox relay writes it (the CloudEvent JSON with its content-type header), with the
     * credentials of the topic's owner.
     */
    public static void send(String bootstrap, String topic, String key, String value) {
        String owner = Topics.owner(topic).orElseThrow(() -> new IllegalArgumentException(topic + " has no owning service"));
        sendAs(bootstrap, owner, topic, key, value);
    }

    /** Sends a record with the credentials of {@code service}; the broker refuses it if that service may not write the topic. */
    public static void sendAs(String bootstrap, String service, String topic, String key, String value) {
        Properties props = new Properties();
        props.putAll(KafkaServer.clientProperties(bootstrap, service));
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            record.headers().add("content-type", "application/cloudevents+json".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send to " + topic, e.getCause());
        }
    }
}
