package dev.pygov.election;

import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.election.domain.BallotBoxes;
import dev.pygov.election.domain.BallotService;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ballot intake (docs/decisions/0515) against the real PostgreSQL: concurrent casts are each one short
 * transaction, what waits is sealed, the mixer leaves no writing transaction or position pointing at a voter, and
 * closing counts every accepted ballot, even one that waits when the deadline passes.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class BallotIntakeTest {

    private static final int VOTERS = 60;

    @Inject
    ElectionService elections;
    @Inject
    BallotService ballots;
    @Inject
    BallotBoxes boxes;
    @Inject
    EntityManager em;

    private final String p = "intake-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private final Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void concurrentCastsAndReplacementsAreAllCountedOnceAndNothingLinksAVoterToABallot() throws Exception {
        List<String> candidates = List.of(p + "ada", p + "bob", p + "cy");
        UUID id = electionInVoting(candidates);
        Map<String, Integer> first = Map.of(candidates.get(0), 5, candidates.get(1), 2);
        Map<String, Integer> changed = Map.of(candidates.get(2), 5);

        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<String>> receipts = new ArrayList<>();
        for (int i = 0; i < VOTERS; i++) {
            String voter = p + "voter" + i;
            boolean changesTheirMind = i % 10 == 0;
            receipts.add(clients.submit(() -> {
                BallotService.Receipt receipt = ballots.cast(id, voter, first);
                if (changesTheirMind) {
                    // At once, most likely before the mixer has moved the first ballot out of the intake.
                    ballots.replace(id, voter, receipt.ballotKey(), changed);
                    assertThat(ballots.lookup(id, receipt.ballotKey()).scores()).containsEntry(candidates.get(2), 5);
                }
                return receipt.tracker();
            }));
        }
        Set<String> trackers = new java.util.HashSet<>();
        for (Future<String> receipt : receipts) {
            trackers.add(receipt.get());
        }
        clients.shutdown();
        assertThat(trackers).hasSize(VOTERS);

        awaitIntakeEmpty(id);
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(count("SELECT count(DISTINCT xmin::text) FROM ballot WHERE election_id = :e", id))
                    .as("every slot last written by the same mixing transaction").isEqualTo(1);
            assertThat(count("SELECT count(*) FROM ballot b JOIN roll_entry r USING (election_id) WHERE b.election_id = :e"
                    + " AND b.xmin = r.xmin", id)).as("a slot written by a transaction that marked a voter").isZero();
        });

        VotingElections.closeVoting(elections, id);
        Election counted = QuarkusTransaction.requiringNew().call(() -> elections.get(id));
        assertThat(counted.phase).isEqualTo(Phase.COUNTED);
        assertThat(counted.ballotsCast).isEqualTo(VOTERS);
        List<BallotBoxes.StoredBallot> stored = QuarkusTransaction.requiringNew().call(() -> ballots.filledBallots(id));
        assertThat(stored).extracting(BallotBoxes.StoredBallot::tracker).containsExactlyInAnyOrderElementsOf(trackers);
        assertThat(stored.stream().filter(ballot -> ballot.content().equals("0,0,5")).count())
                .as("the six replacements count, not the ballots they replaced").isEqualTo(6);
        assertThat(QuarkusTransaction.requiringNew().call(() -> count("SELECT count(*) FROM roll_entry WHERE election_id = :e AND voted", id)))
                .isEqualTo(VOTERS);
    }

    @Test
    void whatWaitsInTheIntakeIsSealedAndTheCloseCountsIt() throws Exception {
        List<String> candidates = List.of(p + "dee", p + "eli");
        UUID id = electionInVoting(candidates);
        String[] tracker = new String[1];
        List<String> visible = QuarkusTransaction.requiringNew().call(() -> {
            // Read in the casting transaction itself, before any mixer can see (and move) the row.
            BallotService.Receipt receipt = ballots.cast(id, p + "voter1", Map.of(candidates.get(0), 4));
            tracker[0] = receipt.tracker();
            @SuppressWarnings("unchecked")
            List<String> rows = em.createNativeQuery("SELECT row_to_json(i)::text FROM ballot_intake i WHERE box_id = :e")
                    .setParameter("e", id).getResultList();
            return rows;
        });
        assertThat(visible).hasSize(1);
        assertThat(visible.get(0)).doesNotContain(tracker[0]).doesNotContain("4,0").doesNotContain(p);

        // The deadline passes with the ballot possibly still waiting: the close takes it out of the intake first.
        VotingElections.closeVoting(elections, id);
        Election counted = QuarkusTransaction.requiringNew().call(() -> elections.get(id));
        assertThat(counted.phase).isEqualTo(Phase.COUNTED);
        assertThat(counted.ballotsCast).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ballots.filledBallots(id)))
                .extracting(BallotBoxes.StoredBallot::tracker).containsExactly(tracker[0]);
    }

    @Test
    void aBallotThatCannotBeOpenedIsQuarantinedAndHoldsUpNeitherTheMixerNorTheClose() throws Exception {
        List<String> candidates = List.of(p + "fay", p + "gil");
        UUID id = electionInVoting(candidates);
        ballots.cast(id, p + "voter1", Map.of(candidates.get(1), 3));
        // As if the intake key had been changed while this ballot waited (or someone wrote a row into the table).
        UUID foreign = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "INSERT INTO ballot_intake (id, box_id, box_kind, sealed) VALUES (:id, :box, 'ELECTION', :sealed)")
                .setParameter("id", foreign).setParameter("box", id).setParameter("sealed", new byte[64]).executeUpdate());
        ballots.cast(id, p + "voter2", Map.of(candidates.get(0), 1));

        awaitIntakeEmpty(id);
        assertThat(QuarkusTransaction.requiringNew().call(() -> count("SELECT count(*) FROM ballot_quarantine WHERE box_id = :e", id)))
                .as("set aside, still sealed, for the operator").isEqualTo(1);
        assertThat(boxes.quarantined()).anySatisfy(q -> {
            assertThat(q.box()).isEqualTo(id);
            assertThat(q.ballots()).isEqualTo(1);
        });
        VotingElections.closeVoting(elections, id);
        Election counted = QuarkusTransaction.requiringNew().call(() -> elections.get(id));
        assertThat(counted.phase).isEqualTo(Phase.COUNTED);
        assertThat(counted.ballotsCast).isEqualTo(2);
    }

    @Test
    void aCouncilBallotKeyAlreadyInTheBoxIsRefusedAndTheElectionCloses() throws Exception {
        List<String> candidates = List.of(p + "hal", p + "ivy");
        UUID id = electionInVoting(candidates);
        String key = dev.pygov.election.domain.Trackers.newSecret();
        ballots.castOrReplace(id, p + "voter1", Map.of(candidates.get(0), 5), key);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ballots.castOrReplace(id, p + "voter2", Map.of(candidates.get(1), 5), key))
                .isInstanceOfSatisfying(dev.pygov.commons.problem.ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.field()).isEqualTo("ballotKey");
                });
        ballots.castOrReplace(id, p + "voter2", Map.of(candidates.get(1), 3), null);

        awaitIntakeEmpty(id);
        VotingElections.closeVoting(elections, id);
        Election counted = QuarkusTransaction.requiringNew().call(() -> elections.get(id));
        assertThat(counted.phase).isEqualTo(Phase.COUNTED);
        assertThat(counted.ballotsCast).isEqualTo(2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> count("SELECT count(*) FROM roll_entry WHERE election_id = :e AND voted", id)))
                .isEqualTo(2);
    }

    @Test
    void ballotNamesASpreadsheetWouldRunAreNeutralisedInBallotsCsvAndReadBackAsCounted() throws Exception {
        List<String> candidates = List.of(p + "jo", p + "kim");
        Members.member(candidates.get(0), "=HYPERLINK(x)");
        Members.member(candidates.get(1), "@Kim");
        IntStream.range(0, 2).forEach(i -> Members.member(p + "voter" + i, "Voter " + i));
        UUID id = VotingElections.open(elections, p, candidates, t0);
        ballots.cast(id, p + "voter0", Map.of(candidates.get(0), 5, candidates.get(1), 2));
        ballots.cast(id, p + "voter1", Map.of(candidates.get(0), 1, candidates.get(1), 4));

        VotingElections.closeVoting(elections, id);
        String csv = QuarkusTransaction.requiringNew().call(() -> elections.get(id).ballotsCsv);
        String header = csv.lines().findFirst().orElseThrow();
        assertThat(header.split(",")).as("no cell a spreadsheet would run as a formula")
                .allSatisfy(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("@"));
        dev.pygov.tally.ballots.BallotBox recounted = dev.pygov.tally.ballots.CsvBallotReader.read(
                new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 5);
        assertThat(recounted.candidates()).containsExactlyInAnyOrder("=HYPERLINK(x)", "@Kim");
        assertThat(recounted.ballotCount()).isEqualTo(2);
    }

    private UUID electionInVoting(List<String> candidates) throws Exception {
        candidates.forEach(candidate -> Members.member(candidate, candidate));
        IntStream.range(0, VOTERS).forEach(i -> Members.member(p + "voter" + i, "Voter " + i));
        return VotingElections.open(elections, p, candidates, t0);
    }

    private void awaitIntakeEmpty(UUID id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (QuarkusTransaction.requiringNew().call(() -> count("SELECT count(*) FROM ballot_intake WHERE box_id = :e", id)) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the mixer left ballots in the intake for 30 s");
            }
            Thread.sleep(100);
        }
    }

    private long count(String sql, UUID election) {
        return ((Number) em.createNativeQuery(sql).setParameter("e", election).getSingleResult()).longValue();
    }
}
