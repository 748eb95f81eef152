package dev.pygov.membership;

import dev.pygov.commons.outbox.OutboxRelay;
import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.devstack.test.TopicReader;
import dev.pygov.events.CloudEvent;
import dev.pygov.events.EventCodec;
import dev.pygov.events.Topics;
import dev.pygov.events.membership.PersonRegistered;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class PeopleResourceTest {

    @Inject
    OutboxRelay relay;

    @Test
    void anonymousCallersAreAskedToAuthenticate() {
        given().contentType("application/json").body(person("anon")).post("/people").then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", org.hamcrest.Matchers.endsWith("authentication-required"));
    }

    @Test
    @TestSecurity(user = "basic1", roles = "basic-member")
    void aBasicMemberMayNotRegisterPeople() {
        given().contentType("application/json").body(person("x")).post("/people").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "officer1", roles = "officer")
    void anOfficerRegistersAPersonAndTheEventReachesKafkaThroughTheOutbox() {
        String subject = "subject-" + UUID.randomUUID();
        given().contentType("application/json").body(person(subject))
                .post("/people")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("id", equalTo(subject))
                .body("displayName", equalTo("Ada"));

        relay.relayPending();

        List<ConsumerRecord<String, String>> records = TopicReader.await(KafkaResource.bootstrapServers(),
                Topics.MEMBERSHIP, r -> subject.equals(r.key()), 1, Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        CloudEvent event = EventCodec.read(records.get(0).value());
        assertThat(event.type()).isEqualTo("dev.pygov.membership.person-registered.v1");
        assertThat(event.source()).isEqualTo("/membership-service");
        assertThat(EventCodec.data(event, PersonRegistered.class))
                .isEqualTo(new PersonRegistered(subject, "Ada", "Ada Lovelace", subject + "@example.org"));
    }

    @Test
    @TestSecurity(user = "officer1", roles = "officer")
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        String subject = "bad-" + UUID.randomUUID();
        given().contentType("application/json")
                .body("{\"subject\":\"" + subject + "\",\"name\":\"Ada\",\"email\":\"not-an-address\"}")
                .post("/people")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pygov.dev/problems/invalid-input"))
                .body("field", equalTo("email"));

        given().get("/people/" + subject).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "officer1", roles = "officer")
    void aSecondRegistrationOfTheSameSubjectIsAConflict() {
        String subject = "twice-" + UUID.randomUUID();
        given().contentType("application/json").body(person(subject)).post("/people").then().statusCode(201);
        given().contentType("application/json").body(person(subject).replace("@example.org", "@other.example"))
                .post("/people")
                .then().statusCode(409)
                .body("type", equalTo("https://pygov.dev/problems/person-exists"))
                .body("field", equalTo("subject"));
    }

    @Test
    @TestSecurity(user = "someone-unregistered", roles = "basic-member")
    void meAnswersNotFoundForSomeoneNotYetRegistered() {
        given().get("/people/me").then().statusCode(404).body("status", equalTo(404));
    }

    private static String person(String subject) {
        return """
                {"subject":"%s","name":"Ada Lovelace","displayName":"Ada","email":"%s@example.org"}
                """.formatted(subject, subject);
    }
}
