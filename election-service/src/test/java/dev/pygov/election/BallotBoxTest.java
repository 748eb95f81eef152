package dev.pygov.election;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.election.domain.BallotBoxes;
import dev.pygov.election.domain.BallotSeal;
import dev.pygov.election.domain.PersonRole;
import dev.pygov.election.domain.Trackers;
import dev.pygov.election.domain.Vote;
import dev.pygov.election.domain.VoteKind;
import dev.pygov.election.domain.VotePersonKey;
import dev.pygov.election.domain.VoteRollEntry;
import dev.pygov.election.domain.VoteService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/**
 * Ballot boxes against misuse (issue 18 §1, docs/decisions/0516): a key reused across boxes neither collides nor
 * links; a key already in a box is refused before anything is written; a ballot the mixer cannot place is quarantined
 * and holds up neither the mixer nor the close; ballots cast under the earlier, unscoped trackers stay checkable.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class BallotBoxTest {

    @Inject
    VoteService votes;
    @Inject
    BallotSeal seal;
    @Inject
    EntityManager em;

    private final String p = "box-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void oneMemberWhoKeepsOneKeyForEveryVoteIsCountedInBothAndBothAreDecided() throws Exception {
        voters(2);
        Vote a = open("a");
        Vote b = open("b");
        String key = Trackers.newSecret();
        VoteService.Receipt inA = votes.cast(a.id, p + "v1", "yes", key, now);
        awaitIntakeEmpty(a.id);
        // The same key, as a frontend that keeps one key per person sends it, in the next vote.
        VoteService.Receipt inB = votes.cast(b.id, p + "v1", "no", key, now);
        votes.cast(b.id, p + "v2", "yes", null, now);
        assertThat(inB.tracker()).as("trackers of one key in two boxes are unrelated").isNotEqualTo(inA.tracker());

        awaitIntakeEmpty(b.id);
        votes.advance(a.closesAt.plusSeconds(1));
        Vote decidedA = QuarkusTransaction.requiringNew().call(() -> votes.get(a.id));
        Vote decidedB = QuarkusTransaction.requiringNew().call(() -> votes.get(b.id));
        assertThat(decidedA.decided()).isTrue();
        assertThat(decidedB.decided()).isTrue();
        assertThat(decidedA.ballotsCast).isEqualTo(1);
        assertThat(decidedA.yes).isEqualTo(1);
        assertThat(decidedB.ballotsCast).isEqualTo(2);
        assertThat(decidedB.no).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> votes.publishedBallots(b.id)))
                .extracting(BallotBoxes.StoredBallot::tracker).contains(Trackers.trackerOf(b.id, key));
        assertThat(votes.lookup(a.id, key).content()).isEqualTo("yes");
        assertThat(votes.lookup(b.id, key).content()).isEqualTo("no");
        assertThat(quarantined(b.id)).isZero();
    }

    @Test
    void aKeyAlreadyInTheBoxIsRefusedBeforeAnythingIsWrittenAndTheBoxCloses() throws Exception {
        voters(2);
        Vote vote = open("c");
        String key = Trackers.newSecret();
        votes.cast(vote.id, p + "v1", "yes", key, now);
        long waitingBefore = waiting(vote.id) + filled(vote.id);
        assertThatThrownBy(() -> votes.cast(vote.id, p + "v2", "no", key, now))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.field()).isEqualTo("ballotKey");
                });
        assertThat(voted(vote.id, p + "v2")).as("a refused cast marks nobody").isFalse();
        assertThat(waiting(vote.id) + filled(vote.id)).as("and leaves no ballot").isEqualTo(waitingBefore);
        // Once mixed, the key is still refused: the slots are looked at as well as the intake.
        awaitIntakeEmpty(vote.id);
        assertThatThrownBy(() -> votes.cast(vote.id, p + "v2", "no", key.toUpperCase(), now))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        votes.cast(vote.id, p + "v2", "no", null, now);

        awaitIntakeEmpty(vote.id);
        votes.advance(vote.closesAt.plusSeconds(1));
        Vote decided = QuarkusTransaction.requiringNew().call(() -> votes.get(vote.id));
        assertThat(decided.decided()).isTrue();
        assertThat(decided.ballotsCast).isEqualTo(2);
        assertThat(decided.yes).isEqualTo(1);
        assertThat(decided.no).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "box-operator", roles = "pygov-admin")
    void aBallotTheMixerCannotPlaceIsQuarantinedAndEveryOtherIsMixedAndCounted() throws Exception {
        voters(2);
        Vote vote = open("d");
        votes.cast(vote.id, p + "v1", "yes", null, now);
        // Two rows no mixer can place: one sealed under another key (or garbage), one replacing a ballot not in the box.
        insertIntake(vote.id, new byte[64]);
        insertIntake(vote.id, seal.seal(vote.id, new BallotSeal.PendingBallot("f".repeat(64), "no", true, 1L), 16));
        votes.cast(vote.id, p + "v2", "no", null, now);

        awaitIntakeEmpty(vote.id);
        assertThat(filled(vote.id)).isEqualTo(2);
        assertThat(quarantined(vote.id)).isEqualTo(2);
        given().get("/admin/ballot-intake").then().statusCode(200)
                .body("quarantined", greaterThanOrEqualTo(2))
                .body("quarantine.findAll { it.box == '" + vote.id + "' }.sum { it.ballots }", org.hamcrest.Matchers.equalTo(2));

        votes.advance(vote.closesAt.plusSeconds(1));
        Vote decided = QuarkusTransaction.requiringNew().call(() -> votes.get(vote.id));
        assertThat(decided.decided()).as("the close is not held up by the quarantined rows").isTrue();
        assertThat(decided.ballotsCast).isEqualTo(2);
    }

    @Test
    void aBallotCastUnderTheUnscopedTrackerIsStillReplacedCheckedAndPublishedUnderIt() throws Exception {
        voters(1);
        Vote vote = open("e");
        String key = Trackers.newSecret();
        String legacy = Trackers.legacyTrackerOf(key);
        // As cast before trackers were scoped to their box: SHA-256 of the key in a slot, the roll entry marked.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE vote_ballot SET tracker = :t, choice = 'yes' WHERE slot_id ="
                    + " (SELECT slot_id FROM vote_ballot WHERE vote_id = :v AND tracker IS NULL LIMIT 1)")
                    .setParameter("t", legacy).setParameter("v", vote.id).executeUpdate();
            em.createNativeQuery("UPDATE vote_roll SET voted = TRUE WHERE vote_id = :v AND person_id = :p")
                    .setParameter("v", vote.id).setParameter("p", p + "v1").executeUpdate();
        });
        assertThat(votes.lookup(vote.id, key).tracker()).isEqualTo(legacy);
        assertThat(votes.cast(vote.id, p + "v1", "no", key, now).tracker()).isEqualTo(legacy);
        assertThat(votes.lookup(vote.id, key).content()).isEqualTo("no");

        votes.advance(vote.closesAt.plusSeconds(1));
        assertThat(QuarkusTransaction.requiringNew().call(() -> votes.publishedBallots(vote.id)))
                .containsExactly(new BallotBoxes.StoredBallot(legacy, "no"));
    }

    @Test
    void everyIntakeRowOfABoxHasOneLengthWhateverItsBallotSays() {
        voters(4);
        Vote poll = QuarkusTransaction.requiringNew().call(() -> votes.open(VoteKind.POLL, p + "poll", "Where?",
                List.of("Online", "Pittsburgh, Pennsylvania", "Zoë's place"), now));
        Vote vote = open("f");
        for (Object[] box : List.of(new Object[] {poll, List.of("Online", "Pittsburgh, Pennsylvania", "Zoë's place", "Online")},
                new Object[] {vote, List.of("yes", "no", "abstain", "no")})) {
            Vote v = (Vote) box[0];
            @SuppressWarnings("unchecked")
            List<String> choices = (List<String>) box[1];
            // Read in the casting transaction itself, before any mixer can move the rows.
            List<?> lengths = QuarkusTransaction.requiringNew().call(() -> {
                for (int i = 0; i < choices.size(); i++) {
                    votes.cast(v.id, p + "v" + (i + 1), choices.get(i), null, now);
                }
                return em.createNativeQuery("SELECT DISTINCT octet_length(sealed) FROM ballot_intake WHERE box_id = :b")
                        .setParameter("b", v.id).getResultList();
            });
            assertThat(lengths).as("sealed lengths in %s", v.kind).hasSize(1);
        }
    }

    @Test
    void noLogLineCarriesATrackerOrABallotWhenTheMixerTheCloseAndALookupFail() throws Exception {
        voters(1);
        Vote vote = open("g");
        String key = Trackers.newSecret();
        // A failure PostgreSQL reports with the whole row (tracker and choice) in its detail, for this vote only.
        String constraint = "test_refuses_a_choice_" + vote.id.toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("ALTER TABLE vote_ballot ADD CONSTRAINT " + constraint
                + " CHECK (vote_id <> '" + vote.id + "' OR choice IS DISTINCT FROM 'abstain') NOT VALID").executeUpdate());
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLoggerName() != null && record.getLoggerName().startsWith("io.zonky")) {
                    return; // the embedded database server's own log, forwarded into this JVM: not the service's
                }
                StringWriter line = new StringWriter();
                line.append(record.getLoggerName()).append(' ').append(record instanceof ExtLogRecord ext
                        ? ext.getFormattedMessage() : new SimpleFormatter().formatMessage(record));
                if (record.getThrown() != null) {
                    record.getThrown().printStackTrace(new PrintWriter(line));
                }
                lines.add(line.toString());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        String tracker;
        try {
            tracker = votes.cast(vote.id, p + "v1", "abstain", key, now).tracker();
            assertThatThrownBy(() -> votes.lookup(vote.id, key))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(503));
            Thread.sleep(2_500);
            votes.advance(vote.closesAt.plusSeconds(1));
            assertThat(QuarkusTransaction.requiringNew().call(() -> votes.get(vote.id)).decided()).isFalse();
        } finally {
            root.removeHandler(capture);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("ALTER TABLE vote_ballot DROP CONSTRAINT " + constraint)
                    .executeUpdate());
        }
        assertThat(lines).as("the mixer, the lookup and the close said they failed")
                .anyMatch(line -> line.contains("could not be mixed")).anyMatch(line -> line.contains("ballot lookup"))
                .anyMatch(line -> line.contains("could not be decided"));
        assertThat(lines).noneMatch(line -> line.contains(tracker)).noneMatch(line -> line.contains(key))
                .noneMatch(line -> line.contains("Failing row")).noneMatch(line -> line.contains("abstain"));

        awaitIntakeEmpty(vote.id);
        votes.advance(vote.closesAt.plusSeconds(1));
        assertThat(QuarkusTransaction.requiringNew().call(() -> votes.get(vote.id)).abstain).isEqualTo(1);
    }

    private void voters(int count) {
        for (int i = 1; i <= count; i++) {
            String personId = p + "v" + i;
            QuarkusTransaction.requiringNew().run(() -> {
                PersonRole.Key key = new PersonRole.Key(personId, "voting-member");
                PersonRole role = PersonRole.findById(key);
                if (role == null) {
                    role = new PersonRole();
                    role.id = key;
                }
                role.held = true;
                role.persist();
            });
        }
    }

    private Vote open(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> votes.open(VoteKind.MEMBER_VOTE, p + subject, "Box test " + subject, List.of(), now));
    }

    private void insertIntake(UUID box, byte[] sealed) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "INSERT INTO ballot_intake (id, box_id, box_kind, sealed) VALUES (:id, :box, 'VOTE', :sealed)")
                .setParameter("id", UUID.randomUUID()).setParameter("box", box).setParameter("sealed", sealed).executeUpdate());
    }

    private boolean voted(UUID voteId, String personId) {
        return QuarkusTransaction.requiringNew().call(() ->
                VoteRollEntry.<VoteRollEntry>findById(new VotePersonKey(voteId, personId)).voted);
    }

    private long waiting(UUID box) {
        return count("SELECT count(*) FROM ballot_intake WHERE box_id = :b", box);
    }

    private long filled(UUID box) {
        return count("SELECT count(*) FROM vote_ballot WHERE vote_id = :b AND tracker IS NOT NULL", box);
    }

    private long quarantined(UUID box) {
        return count("SELECT count(*) FROM ballot_quarantine WHERE box_id = :b", box);
    }

    private long count(String sql, UUID box) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter("b", box).getSingleResult()).longValue());
    }

    private void awaitIntakeEmpty(UUID box) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (waiting(box) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("ballots of " + box + " still wait in the intake after 15 s");
            }
            Thread.sleep(100);
        }
    }
}
