package dev.pygov.notification;

import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.devstack.test.TopicReader;
import dev.pygov.events.CloudEvent;
import dev.pygov.events.EventCodec;
import dev.pygov.events.Topics;
import dev.pygov.events.membership.PersonRegistered;
import dev.pygov.notification.domain.Recipient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(SwitchableSmtpResource.class)
class MembershipEventsConsumerTest {

    @Test
    @TestSecurity(user = "welcome-twice")
    void aRedeliveredEventWelcomesThePersonOnlyOnce() throws Exception {
        CloudEvent registered = EventCodec.wrap("/membership-service",
                new PersonRegistered("welcome-twice", "Grace", "Grace Hopper", "grace@example.org"), Instant.now());
        String json = EventCodec.write(registered);
        TopicReader.send(KafkaResource.bootstrapServers(), Topics.MEMBERSHIP, "welcome-twice", json);
        TopicReader.send(KafkaResource.bootstrapServers(), Topics.MEMBERSHIP, "welcome-twice", json);
        // A later event on the same key (so the same partition) proves both copies above were consumed before we look.
        String marker = "marker-" + UUID.randomUUID();
        TopicReader.send(KafkaResource.bootstrapServers(), Topics.MEMBERSHIP, "welcome-twice", EventCodec.write(EventCodec.wrap(
                "/membership-service", new PersonRegistered(marker, "M", "Marker", marker + "@example.org"), Instant.now())));
        awaitRecipient(marker);

        given().get("/inbox").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].kind", equalTo("welcome"))
                .body("[0].title", equalTo("Welcome to PyGov"));
        given().get("/inbox/unread-count").then().statusCode(200).body(equalTo("1"));
        assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> Recipient.<Recipient>findById("welcome-twice").email)).isEqualTo("grace@example.org");
    }

    @Test
    void theInboxNeedsAnAuthenticatedCaller() {
        given().get("/inbox").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "someone")
    void markingAnotherPersonsNoticeIsNotFound() {
        given().post("/inbox/" + UUID.randomUUID() + "/read").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static void awaitRecipient(String personId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            boolean present = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .call(() -> Recipient.findByIdOptional(personId).isPresent());
            if (present) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the consumer did not apply " + personId + " within 30 s");
    }
}
