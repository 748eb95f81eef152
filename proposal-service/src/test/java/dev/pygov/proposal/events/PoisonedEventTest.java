package dev.pygov.proposal.events;

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
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A bad event must not stop a channel (issue 19 §6): an event its handler cannot apply is retried a bounded number of
 * times, then dead-lettered with the reason (on /admin/dead-letters), and the good event after it on the same
 * partition is applied. A forged source on the election topic is refused the same way.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class PoisonedEventTest {

    private static final Instant EFFECTIVE = Instant.parse("2102-01-01T00:00:00Z");

    @Inject
    RulebookLedger rulebooks;
    @Inject
    EntityManager entityManager;

    @Test
    @TestSecurity(user = "admin1", roles = "pygov-admin")
    void aPoisonedEventIsDeadLetteredAndTheGoodOneAfterItIsApplied() {
        // Names version 71 but carries version 1: the ledger refuses it every time.
        CloudEvent poisoned = EventCodec.wrap("/election-service",
                new RulebookAdopted(71, "governance-vote-71", EFFECTIVE, rulebook(1)), Instant.now());
        CloudEvent good = EventCodec.wrap("/election-service",
                new RulebookAdopted(72, "governance-vote-72", EFFECTIVE, rulebook(72)), Instant.now());
        TopicReader.send(KafkaResource.bootstrapServers(), Topics.ELECTION, "poison-71", EventCodec.write(poisoned));
        TopicReader.send(KafkaResource.bootstrapServers(), Topics.ELECTION, "poison-71", EventCodec.write(good));

        awaitTrue(() -> rulebooks.version(72).isPresent());
        assertThat(rulebooks.version(71)).isEmpty();
        assertThat(count("SELECT count(*) FROM processed_event WHERE ce_id = '" + poisoned.id() + "'")).isZero();
        given().get("/admin/dead-letters").then().statusCode(200)
                .body("find { it.eventId == '" + poisoned.id() + "' }.consumer", equalTo("proposal-service/election-events"))
                .body("find { it.eventId == '" + poisoned.id() + "' }.reason", containsString("failed 3 times"))
                .body("find { it.eventId == '" + poisoned.id() + "' }.reason", containsString("names version 71 but carries 1"));
    }

    @Test
    void aForgedSourceIsRefusedAndTheGenuineEventAfterItIsApplied() {
        CloudEvent forged = EventCodec.wrap("/membership-service",
                new RulebookAdopted(73, "governance-vote-73", EFFECTIVE, rulebook(73)), Instant.now());
        CloudEvent genuine = EventCodec.wrap("/election-service",
                new RulebookAdopted(74, "governance-vote-74", EFFECTIVE, rulebook(74)), Instant.now());
        TopicReader.send(KafkaResource.bootstrapServers(), Topics.ELECTION, "forged-73", EventCodec.write(forged));
        TopicReader.send(KafkaResource.bootstrapServers(), Topics.ELECTION, "forged-73", EventCodec.write(genuine));

        awaitTrue(() -> rulebooks.version(74).isPresent());
        assertThat(rulebooks.version(73)).isEmpty();
        assertThat(count("SELECT count(*) FROM dead_letter WHERE ce_id = '" + forged.id() + "' AND reason LIKE "
                + "'source /membership-service is not /election-service%'")).isEqualTo(1);
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static String rulebook(int version) {
        try {
            ObjectNode rules = (ObjectNode) new ObjectMapper().readTree(Rulebooks.toJson(Rulebooks.seeded()));
            rules.put("version", version);
            return rules.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (QuarkusTransaction.requiringNew().call(condition::getAsBoolean)) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("not applied within 30 s");
    }
}
