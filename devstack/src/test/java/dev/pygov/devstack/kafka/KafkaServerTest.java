package dev.pygov.devstack.kafka;

import dev.pygov.events.Topics;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KafkaServerTest {

    private static KafkaServer shared;

    @TempDir
    Path logDir;

    @BeforeAll
    static void startShared() {
        shared = KafkaServer.start(0, null, true);
    }

    @AfterAll
    static void stopShared() {
        shared.close();
    }

    @Test
    void theOwnerWritesItsTopicAndItsConsumersReadItAndItIsKeptAcrossRestarts() throws Exception {
        try (KafkaServer kafka = KafkaServer.start(0, logDir, false)) {
            produce(kafka.clientProperties(Topics.MEMBERSHIP_SERVICE), Topics.MEMBERSHIP, "member-1", "joined");
            assertEquals(List.of("member-1=joined"),
                    consumeAll(kafka.clientProperties(Topics.ELECTION_SERVICE), Topics.ELECTION_SERVICE, Topics.MEMBERSHIP, 1));
        }
        try (KafkaServer restarted = KafkaServer.start(0, logDir, false)) {
            assertEquals(List.of("member-1=joined"),
                    consumeAll(restarted.clientProperties(Topics.NOTIFICATION_SERVICE), Topics.NOTIFICATION_SERVICE, Topics.MEMBERSHIP, 1));
        }
    }

    @Test
    void aStoppedBrokerComesBackOnTheSamePortWithItsTopicsUsersAndAcls() throws Exception {
        try (KafkaServer kafka = KafkaServer.start(0, logDir, false)) {
            produce(kafka.clientProperties(Topics.ELECTION_SERVICE), Topics.ELECTION, "e-1", "opened");
            kafka.stop();
            assertFalse(kafka.isRunning());

            kafka.restart();

            assertTrue(kafka.isRunning());
            produce(kafka.clientProperties(Topics.ELECTION_SERVICE), Topics.ELECTION, "e-1", "closed");
            assertEquals(List.of("e-1=opened", "e-1=closed"),
                    consumeAll(kafka.clientProperties(Topics.PROPOSAL_SERVICE), Topics.PROPOSAL_SERVICE, Topics.ELECTION, 2));
            assertRefused(TopicAuthorizationException.class,
                    () -> produce(kafka.clientProperties(Topics.PROPOSAL_SERVICE), Topics.ELECTION, "e-1", "forged"));
        }
    }

    @Test
    void aServiceCannotWriteATopicItDoesNotOwn() {
        // membership-service forging an election outcome, election-service forging a role: the broker refuses both.
        assertRefused(TopicAuthorizationException.class,
                () -> produce(shared.clientProperties(Topics.MEMBERSHIP_SERVICE), Topics.ELECTION, "vote-1", "VoteDecided"));
        assertRefused(TopicAuthorizationException.class,
                () -> produce(shared.clientProperties(Topics.ELECTION_SERVICE), Topics.MEMBERSHIP, "person-1", "RoleChanged"));
        assertRefused(TopicAuthorizationException.class,
                () -> produce(shared.clientProperties(Topics.NOTIFICATION_SERVICE), Topics.PROPOSAL, "p-1", "ProposalResolved"));
    }

    @Test
    void aServiceCannotReadATopicItDoesNotConsumeNorUseAnotherServicesGroup() {
        assertRefused(TopicAuthorizationException.class,
                () -> consumeAll(shared.clientProperties(Topics.PROPOSAL_SERVICE), Topics.PROPOSAL_SERVICE, Topics.MEMBERSHIP, 1));
        assertRefused(GroupAuthorizationException.class,
                () -> consumeAll(shared.clientProperties(Topics.PROPOSAL_SERVICE), Topics.NOTIFICATION_SERVICE, Topics.ELECTION, 1));
    }

    @Test
    void aClientWithoutCredentialsOrWithAWrongPasswordIsNotServed() {
        Map<String, Object> anonymous = Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, shared.bootstrapServers());
        assertThrows(Exception.class, () -> produce(anonymous, Topics.MEMBERSHIP, "k", "v"));
        Map<String, Object> wrongPassword = new HashMap<>(shared.clientProperties(Topics.MEMBERSHIP_SERVICE));
        wrongPassword.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"membership-service\" password=\"guessed\";");
        assertRefused(SaslAuthenticationException.class, () -> produce(wrongPassword, Topics.MEMBERSHIP, "k", "v"));
    }

    private static void assertRefused(Class<? extends KafkaException> expected, ThrowingRunnable action) {
        Throwable thrown = assertThrows(Throwable.class, action::run);
        Throwable cause = thrown instanceof ExecutionException ? thrown.getCause() : thrown;
        assertInstanceOf(expected, cause, () -> "expected " + expected.getSimpleName() + " but got " + thrown);
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static void produce(Map<String, Object> client, String topic, String key, String value)
            throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> consumeAll(Map<String, Object> client, String group, String topic, int expected) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
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
