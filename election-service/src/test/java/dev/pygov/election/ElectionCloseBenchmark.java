package dev.pygov.election;

import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.election.domain.CertificationService;
import dev.pygov.election.domain.Election;
import dev.pygov.election.domain.ElectionService;
import dev.pygov.election.domain.Phase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing a council election with a million ballots inside the service, on the real PostgreSQL: from the close (the
 * tick that finds the deadline passed) through sealing, the Bloc STAR count with its published files, to the
 * Returning Officer's certification. The ballots are written straight into the slots by SQL (how they got there is
 * what BallotIntakeBenchmark measures). Not part of the test run (its name); command and figures in
 * docs/benchmarks.md: {@code ./mvnw -pl election-service verify -Dtest=ElectionCloseBenchmark -Dbench.ballots=1000000}
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ElectionCloseBenchmark {

    private static final int BALLOTS = Integer.getInteger("bench.ballots", 1_000_000);
    private static final int CANDIDATES = 7;

    @Inject
    ElectionService elections;
    @Inject
    CertificationService certification;
    @Inject
    EntityManager em;

    @Test
    void closingAnElectionWithAMillionBallots() throws InterruptedException {
        String p = "close-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        List<String> candidates = IntStream.rangeClosed(1, CANDIDATES).mapToObj(i -> p + "c" + i).toList();
        candidates.forEach(candidate -> Members.member(candidate, candidate));
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(15));
        UUID id = VotingElections.open(elections, p, candidates, t0);

        long seedStart = System.nanoTime();
        String scores = IntStream.range(0, CANDIDATES).mapToObj(i -> "floor(random() * 6)::int").collect(Collectors.joining(", "));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO ballot (slot_id, election_id, tracker, scores)"
                        + " SELECT gen_random_uuid(), :e, encode(sha256(convert_to(:p || g, 'UTF8')), 'hex'), concat_ws(',', " + scores + ")"
                        + " FROM generate_series(1, :n) g")
                .setParameter("e", id).setParameter("p", p).setParameter("n", BALLOTS).executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("ANALYZE ballot").executeUpdate());
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        Instant closes = QuarkusTransaction.requiringNew().call(() -> elections.get(id).votingCloseAt);
        long closeStart = System.nanoTime();
        long[] sealed = new long[1];
        Thread watcher = new Thread(() -> {
            while (phase(id) == Phase.VOTING_OPEN) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
            sealed[0] = System.nanoTime();
        });
        watcher.start();
        elections.advance(closes);
        long counted = System.nanoTime();
        watcher.join();
        Election afterCount = QuarkusTransaction.requiringNew().call(() -> elections.get(id));
        certification.certify(id, p + "ro", closes.plusSeconds(60));
        long certified = System.nanoTime();

        System.out.printf(Locale.ROOT, "%nELECTION CLOSE ballots=%d candidates=%d seats=5 (seeded by SQL in %.1f s): "
                        + "close to counted %.2f s (closed and sealed %.2f s, then counted %.2f s), certification %.2f s, close to certified %.2f s;"
                        + " published CSV %.1f MB%n%n",
                BALLOTS, CANDIDATES, seedSeconds, (counted - closeStart) / 1e9, (sealed[0] - closeStart) / 1e9, (counted - sealed[0]) / 1e9, (certified - counted) / 1e9,
                (certified - closeStart) / 1e9, afterCount.ballotsCsv.length() / 1e6);
        assertThat(afterCount.phase).isEqualTo(Phase.COUNTED);
        assertThat(afterCount.ballotsCast).isEqualTo(BALLOTS);
        assertThat(phase(id)).isEqualTo(Phase.CERTIFIED);
    }

    private Phase phase(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> elections.get(id).phase);
    }
}
