package dev.pygov.membership;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pygov.commons.rulebook.RulebookLedger;
import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.devstack.test.TopicReader;
import dev.pygov.events.CloudEvent;
import dev.pygov.events.EventCodec;
import dev.pygov.events.Topics;
import dev.pygov.events.election.RulebookAdopted;
import dev.pygov.rulebook.Rulebooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;

/**
 * Only election-service decides what election events say (issue 19 §1): the broker refuses anyone else's write to its
 * topic, and an event on it whose CloudEvents source is another service is refused, recorded with the reason on
 * {@code /admin/dead-letters}, and changes nothing. A forged RulebookAdopted would otherwise change the rules.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ForgedEventsTest {

    private static final Instant EFFECTIVE = Instant.parse("2101-01-01T00:00:00Z");

    @Inject
    RulebookLedger rulebooks;
    @Inject
    EntityManager entityManager;

    @Test
    void theBrokerRefusesAnotherServiceWritingTheElectionTopic() {
        String forged = EventCodec.write(EventCodec.wrap("/election-service", adopted(97), Instant.now()));
        assertThatThrownBy(() -> TopicReader.sendAs(KafkaResource.bootstrapServers(), Topics.MEMBERSHIP_SERVICE,
                Topics.ELECTION, "forged-97", forged))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> TopicReader.sendAs(KafkaResource.bootstrapServers(), Topics.PROPOSAL_SERVICE,
                Topics.ELECTION, "forged-97", forged))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    @TestSecurity(user = "admin1", roles = {"pygov-admin"})
    void anEventOnTheElectionTopicFromAnotherSourceIsDeadLetteredAndChangesNothing() {
        CloudEvent forged = EventCodec.wrap("/proposal-service", adopted(98), Instant.now());
        TopicReader.send(KafkaResource.bootstrapServers(), Topics.ELECTION, "forged-98", EventCodec.write(forged));

        Fixtures.awaitTrue("the forged event is dead-lettered", () -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM dead_letter WHERE ce_id = :id").setParameter("id", forged.id())
                .getSingleResult()).intValue() == 1);

        assertThat(rulebooks.version(98)).isEmpty();
        assertThat(((Number) entityManager.createNativeQuery("SELECT count(*) FROM processed_event WHERE ce_id = :id")
                .setParameter("id", forged.id()).getSingleResult()).intValue()).isZero();
        given().get("/admin/dead-letters").then().statusCode(200)
                .body("eventId", hasItem(forged.id()))
                .body("find { it.eventId == '" + forged.id() + "' }.reason",
                        org.hamcrest.Matchers.containsString("source /proposal-service is not /election-service"))
                .body("find { it.eventId == '" + forged.id() + "' }.topic", org.hamcrest.Matchers.equalTo(Topics.ELECTION));

        // The same rules from their owner are applied: the check is about the source, not the content.
        CloudEvent genuine = Fixtures.sendElectionEvent(adopted(99));
        Fixtures.awaitTrue("membership-service knows version 99", () -> rulebooks.version(99).isPresent());
        assertThat(genuine.source()).isEqualTo("/election-service");
    }

    @Test
    @TestSecurity(user = "member1", roles = {"member"})
    void deadLettersAreForAdminsOnly() {
        given().get("/admin/dead-letters").then().statusCode(403);
    }

    private static RulebookAdopted adopted(int version) {
        try {
            ObjectNode rules = (ObjectNode) new ObjectMapper().readTree(Rulebooks.toJson(Rulebooks.seeded()));
            rules.put("version", version);
            return new RulebookAdopted(version, "governance-vote-" + version, EFFECTIVE, rules.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
