package dev.pygov.election;

import dev.pygov.commons.outbox.OutboxMessage;
import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.election.domain.Election;
import dev.pygov.election.domain.ElectionKind;
import dev.pygov.election.domain.ElectionService;
import dev.pygov.election.domain.Phase;
import dev.pygov.events.EventCodec;
import dev.pygov.rulebook.Rulebook;
import dev.pygov.rulebook.Rulebooks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** Phases move at their deadlines exactly once: after downtime, and when two ticks race. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class PhaseClockTest {

    private static final Rulebook RULES = Rulebooks.seeded();

    @Inject
    ElectionService elections;

    @Test
    void aTickAfterLongDowntimeCatchesUpEveryPhaseInOrderOnce() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID id = scheduled(t0);
        elections.advance(t0);
        String candidate = "clock-candidate-" + UUID.randomUUID();
        Members.member(candidate, "Candidate");
        elections.nominate(id, candidate, null, "I will serve", t0);
        // One candidate for five seats: nominations are extended once, then voting opens and closes.
        elections.advance(t0.plus(Duration.ofDays(60)));
        assertThat(phase(id)).isEqualTo(Phase.COUNTED);
        elections.advance(t0.plus(Duration.ofDays(61)));
        assertThat(phaseEvents(id)).containsExactly("draft", "nominations-open", "nominations-open", "voting-open", "closed", "counted");
    }

    @Test
    void anElectionNobodyStandsInNeverGoesToVotingAndFewCandidatesGoAfterOneExtension() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID id = scheduled(t0);
        Duration nominations = Duration.ofDays(RULES.councilElection().nominationDays());
        Duration extension = Duration.ofDays(RULES.councilElection().nominationExtensionDays());
        Instant later = t0.plus(nominations).plus(extension.multipliedBy(2)).plusSeconds(1);
        elections.advance(later);
        Election waiting = QuarkusTransaction.requiringNew().call(() -> elections.get(id));
        assertThat(waiting.phase).as("no candidate: nominations stay open").isEqualTo(Phase.NOMINATIONS_OPEN);
        assertThat(waiting.nominationsCloseAt).isEqualTo(t0.plus(nominations).plus(extension.multipliedBy(3)));
        assertThat(phaseEvents(id)).as("each extension tells the community the new deadline")
                .containsExactly("draft", "nominations-open", "nominations-open", "nominations-open", "nominations-open");

        String candidate = "clock-lone-" + UUID.randomUUID();
        Members.member(candidate, "Lone Candidate");
        elections.nominate(id, candidate, null, "I will serve", later);
        elections.advance(waiting.nominationsCloseAt);
        assertThat(phase(id)).as("one candidate for five seats, after an extension: to the vote").isEqualTo(Phase.VOTING_OPEN);
        elections.advance(waiting.votingCloseAt);
        assertThat(phase(id)).isEqualTo(Phase.COUNTED);
    }

    @Test
    void twoTicksRacingMoveThePhaseOnce() throws Exception {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID id = scheduled(t0);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> ticks = List.of(
                CompletableFuture.supplyAsync(() -> await(start, t0)),
                CompletableFuture.supplyAsync(() -> await(start, t0)));
        start.countDown();
        for (CompletableFuture<Integer> tick : ticks) {
            tick.get();
        }
        assertThat(phase(id)).isEqualTo(Phase.NOMINATIONS_OPEN);
        assertThat(phaseEvents(id)).containsExactly("draft", "nominations-open");
    }

    private int await(CountDownLatch start, Instant now) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return elections.advance(now);
    }

    private UUID scheduled(Instant t0) {
        String officer = "clock-ro-" + UUID.randomUUID();
        Election election = elections.create(ElectionKind.WHOLE_COUNCIL, null, null, officer, "clock-ed", t0);
        elections.schedule(election.id, officer, t0, t0);
        return election.id;
    }

    private Phase phase(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> elections.get(id).phase);
    }

    private static List<String> phaseEvents(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list(
                        "messageKey = ?1 and eventType = ?2 order by id", id.toString(), "dev.pygov.election.election-phase-changed.v1")
                .stream().map(m -> EventCodec.read(m.cloudEvent).data().get("phase").asText()).toList());
    }
}
