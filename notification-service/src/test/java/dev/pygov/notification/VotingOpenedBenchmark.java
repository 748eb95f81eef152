package dev.pygov.notification;

import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.events.EventCodec;
import dev.pygov.events.Topics;
import dev.pygov.events.election.VoteOpened;
import dev.pygov.notification.domain.MailMessage;
import dev.pygov.notification.domain.Notice;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static dev.pygov.notification.TestSupport.tx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (its name keeps it out of the default test run): one "voting opened" event for an
 * electorate of {@code -Dbench.people} (10,000) people, then mail throughput through the real SMTP server.
 * Run alone: {@code ./mvnw -pl notification-service verify -Dtest=VotingOpenedBenchmark}. Figures in docs/benchmarks.md.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(SwitchableSmtpResource.class)
class VotingOpenedBenchmark {

    @Inject
    EntityManager entityManager;

    @Test
    void votingOpenedForTenThousand() throws InterruptedException {
        int people = Integer.getInteger("bench.people", 10_000);
        String run = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        tx(() -> {
            entityManager.createNativeQuery("INSERT INTO recipient (person_id, display_name, email, updated_at) "
                    + "SELECT :run || g, 'Voter ' || g, :run || g || '@example.org', now() FROM generate_series(1, :n) g")
                    .setParameter("run", run).setParameter("n", people).executeUpdate();
            entityManager.createNativeQuery("UPDATE electorate_member SET psf_voting = FALSE").executeUpdate();
            entityManager.createNativeQuery("INSERT INTO electorate_member (person_id, psf_voting, community_active, updated_at) "
                    + "SELECT :run || g, TRUE, FALSE, now() FROM generate_series(1, :n) g")
                    .setParameter("run", run).setParameter("n", people).executeUpdate();
            return null;
        });

        String json = TestSupport.publish(Topics.ELECTION, run, "/election-service",
                new VoteOpened(run + "vote", "member-vote", "proposal", "Adopt?", people, Instant.now().plus(Duration.ofDays(14)), 1));
        String eventId = EventCodec.read(json).id();
        long start = System.nanoTime();
        long told = 0;
        while (told < people && System.nanoTime() - start < Duration.ofMinutes(10).toNanos()) {
            Thread.sleep(250);
            told = tx(() -> Notice.count("eventId", eventId));
        }
        double toldSeconds = (System.nanoTime() - start) / 1e9;
        long queued = tx(() -> MailMessage.count("personId LIKE ?1 AND kind = 'voting-opened'", run + "%"));
        System.out.printf("BENCH voting-opened: %d inbox notices and %d queued mails in %.1f s%n", told, queued, toldSeconds);
        assertThat(told).isEqualTo(people);
        assertThat(queued).isEqualTo(people);

        long mailStart = System.nanoTime();
        long sent = sent(run);
        while (sent < people && System.nanoTime() - mailStart < Duration.ofMinutes(30).toNanos()) {
            Thread.sleep(1000);
            sent = sent(run);
        }
        double mailSeconds = (System.nanoTime() - mailStart) / 1e9;
        double allSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCH mail: %d of %d mails accepted by the real SMTP server %.1f s after the notices (%.1f mails/s); "
                + "event to last mail %.1f s%n", sent, people, mailSeconds, sent / mailSeconds, allSeconds);
        assertThat(sent).as("every mail sent, none lost").isEqualTo(people);
    }

    private static long sent(String run) {
        return tx(() -> MailMessage.count("personId LIKE ?1 AND status = ?2", run + "%", MailMessage.Status.SENT));
    }
}
