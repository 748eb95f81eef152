package dev.pygov.membership;

import dev.pygov.commons.outbox.OutboxRelay;
import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.devstack.test.TopicReader;
import dev.pygov.events.CloudEvent;
import dev.pygov.events.EventCodec;
import dev.pygov.events.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * A fact acknowledged while the broker is down is not lost: its event waits in the outbox and reaches Kafka
 * once the broker is back, with the same CloudEvents id (so consumers can deduplicate a re-send). The test stops the
 * JVM's shared broker and starts it again (same port, data, users and ACLs).
 */
@QuarkusTest
@TestProfile(OutboxSurvivesBrokerOutageTest.SharedBrokerStoppedByTheTest.class)
class OutboxSurvivesBrokerOutageTest {

    @Inject
    OutboxRelay relay;

    @AfterAll
    static void brokerBackForTheOtherTests() {
        KafkaResource.restartBroker();
    }

    @Test
    @TestSecurity(user = "admin1", roles = {"officer", "pygov-admin"})
    void anEventWrittenWhileTheBrokerIsDownIsPublishedWhenItReturns() {
        KafkaResource.stopBroker();
        String subject = "outage-" + UUID.randomUUID();

        given().contentType("application/json")
                .body("{\"subject\":\"" + subject + "\",\"name\":\"Barbara Liskov\",\"email\":\"" + subject + "@example.org\"}")
                .post("/people").then().statusCode(201);
        assertThat(relay.relayPending()).as("nothing can be acknowledged without a broker").isZero();
        given().get("/admin/outbox").then().statusCode(200)
                .body("pending", equalTo(1))
                .body("lastError", notNullValue());

        KafkaResource.restartBroker();
        int relayed = 0;
        for (int round = 0; round < 30 && relayed == 0; round++) {
            relayed = relay.relayPending();
        }
        assertThat(relayed).isEqualTo(1);
        given().get("/admin/outbox").then().statusCode(200).body("pending", equalTo(0));

        List<ConsumerRecord<String, String>> records = TopicReader.await(KafkaResource.bootstrapServers(), Topics.MEMBERSHIP,
                r -> subject.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(records).isNotEmpty();
        // A send the broker took but did not acknowledge in time may arrive twice: always as the same event.
        String eventId = EventCodec.read(records.get(0).value()).id();
        assertThat(records).extracting(r -> EventCodec.read(r.value()).id()).containsOnly(eventId);
        CloudEvent event = EventCodec.read(records.get(0).value());
        assertThat(event.subject()).isEqualTo(subject);
    }

    public static class SharedBrokerStoppedByTheTest implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresResource.class), new TestResourceEntry(KafkaResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // Short waits, so the outage is noticed quickly; the relay's schedule is left to the test.
            return Map.of("pygov.outbox.send-timeout", "3s",
                    "pygov.outbox.relay-interval", "1h",
                    "pygov.outbox.relay-delay", "1h",
                    "mp.messaging.outgoing.pygov-outbox.delivery.timeout.ms", "5000",
                    "mp.messaging.outgoing.pygov-outbox.request.timeout.ms", "2000",
                    "mp.messaging.outgoing.pygov-outbox.max.block.ms", "2000");
        }
    }
}
