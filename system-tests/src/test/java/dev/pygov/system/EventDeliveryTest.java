package dev.pygov.system;

import dev.pygov.devstack.test.TopicReader;
import dev.pygov.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * A fact written by one service reaches another through the outbox and Kafka, and has its effect exactly once,
 * even when the same event is delivered twice.
 */
@ExtendWith(PlatformExtension.class)
class EventDeliveryTest {

    private static final String NOTIFICATION_GROUP = "notification-service";

    @Test
    void aRegisteredPersonIsWelcomedOnceEvenWhenTheEventArrivesTwice() throws Exception {
        var platform = PlatformExtension.platform();
        String subject = Tokens.subjectOf("carol");

        given().auth().oauth2(Tokens.of("officer1")).contentType("application/json")
                .body("""
                        {"subject":"%s","name":"Carol Chen","displayName":"Carol","email":"carol@pygov.test"}
                        """.formatted(subject))
                .post(platform.serviceUrl("membership") + "/people")
                .then().statusCode(201);
        given().auth().oauth2(Tokens.of("carol")).get(platform.serviceUrl("membership") + "/people/me")
                .then().statusCode(200).body("displayName", equalTo("Carol"));

        List<ConsumerRecord<String, String>> published = TopicReader.await(platform.kafkaBootstrapServers(),
                Topics.MEMBERSHIP, r -> subject.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(published).as("the person-registered event on %s", Topics.MEMBERSHIP).hasSize(1);
        ConsumerProgress.awaitCaughtUp(platform.kafkaBootstrapServers(), NOTIFICATION_GROUP, Topics.MEMBERSHIP, Duration.ofSeconds(60));
        String inbox = platform.serviceUrl("notification") + "/inbox";
        given().auth().oauth2(Tokens.of("carol")).get(inbox).then().statusCode(200)
                .body("", hasSize(1)).body("[0].kind", equalTo("welcome"));

        TopicReader.send(platform.kafkaBootstrapServers(), Topics.MEMBERSHIP, subject, published.get(0).value());
        ConsumerProgress.awaitCaughtUp(platform.kafkaBootstrapServers(), NOTIFICATION_GROUP, Topics.MEMBERSHIP, Duration.ofSeconds(60));

        given().auth().oauth2(Tokens.of("carol")).get(inbox).then().statusCode(200)
                .body("", hasSize(1));
    }

    @Test
    void everyServiceIsHealthyAndDocumentsItsApi() {
        for (var service : PlatformExtension.platform().services()) {
            given().get(service.readyUrl()).then().statusCode(200).body("status", equalTo("UP"));
            given().get(service.openApiUrl()).then().statusCode(200);
            given().get(service.url() + "/q/metrics").then().statusCode(200);
        }
    }
}
