package dev.pygov.election.domain;

import dev.pygov.election.domain.BallotSeal.PendingBallot;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The secret ballots of every election and vote (docs/decisions/0501, 0515). A cast is one short transaction: the
 * voter's roll entry and a sealed row in {@code ballot_intake}, nothing in the ballot table. A mixer then moves what
 * waits into random free slots in batches, rewriting every slot of the box in the same transaction, so no slot's
 * position or writing transaction points at one voter, and casts never wait for each other. Closing takes the intake
 * exclusively (in-flight casts finish first, later ones see the box closed) and mixes what is left, so every accepted
 * ballot is counted. Nothing here logs.
 */
@ApplicationScoped
public class BallotBoxes {

    private static final Logger LOG = Logger.getLogger(BallotBoxes.class);

    /** Advisory lock namespaces: casts share the intake lock that closing takes alone; one mixer per box at a time. */
    private static final int INTAKE_LOCK = 0x50790001;
    private static final int MIX_LOCK = 0x50790002;

    public record StoredBallot(String tracker, String content) {
    }

    private final EntityManager em;
    private final BallotSeal seal;

    public BallotBoxes(EntityManager em, BallotSeal seal) {
        this.em = em;
        this.seal = seal;
    }

    /** One empty slot per person on the roll, with random ids; called when voting opens. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void createSlots(BallotTable kind, UUID box, int count) {
        em.createNativeQuery("INSERT INTO " + kind.table + " (slot_id, " + kind.boxColumn + ") SELECT gen_random_uuid(), :box"
                + " FROM generate_series(1, :count)").setParameter("box", box).setParameter("count", count).executeUpdate();
    }

    /**
     * Holds off the box's closing until this transaction ends; callers check the box is open after this, so a ballot
     * is either taken before the close mixes the intake or refused.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enterIntake(UUID box) {
        em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock_shared(:ns, :key) AS text)")
                .setParameter("ns", INTAKE_LOCK).setParameter("key", box.hashCode()).getSingleResult();
    }

    /** Takes an accepted ballot (first cast or replacement) into the intake, sealed; durable with the caller's commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void accept(BallotTable kind, UUID box, String tracker, String content, boolean replacement) {
        // Only orders replacements of one ballot, which its voter's roll-entry lock already serialises; the real clock
        // (not the service clock that tests move) is enough for that, and it stays inside the seal.
        Instant accepted = Instant.now();
        PendingBallot pending = new PendingBallot(tracker, content, replacement, accepted.getEpochSecond() * 1_000_000_000L + accepted.getNano());
        em.createNativeQuery("INSERT INTO ballot_intake (id, box_id, box_kind, sealed) VALUES (:id, :box, :kind, :sealed)")
                .setParameter("id", UUID.randomUUID()).setParameter("box", box).setParameter("kind", kind.name())
                .setParameter("sealed", seal.seal(box, pending)).executeUpdate();
    }

    /** At close, in the closing transaction: waits for casts in flight, then mixes everything they left. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeIntake(BallotTable kind, UUID box) {
        em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(:ns, :key) AS text)")
                .setParameter("ns", INTAKE_LOCK).setParameter("key", box.hashCode()).getSingleResult();
        mix(kind, box, true);
    }

    /**
     * Mixes every box with ballots waiting, each in its own transaction; a box another replica is mixing is left to it,
     * and a box that fails is left for the next pass.
     *
     * @return the number of ballots mixed
     */
    public int mixPending() {
        List<Object[]> boxes = QuarkusTransaction.requiringNew().call(() -> rows(
                em.createNativeQuery("SELECT DISTINCT CAST(box_id AS text), box_kind FROM ballot_intake").getResultList()));
        int mixed = 0;
        for (Object[] box : boxes) {
            UUID id = UUID.fromString((String) box[0]);
            BallotTable kind = BallotTable.valueOf((String) box[1]);
            try {
                mixed += QuarkusTransaction.requiringNew().call(() -> mix(kind, id, false));
            } catch (RuntimeException e) {
                // One box that cannot be mixed holds up no other; its ballots stay sealed in the intake. Never the
                // ballots themselves in the log: only the box and why.
                LOG.errorf("ballots waiting for %s %s could not be mixed (%s: %s); they stay in the intake and the next pass retries",
                        kind.name().toLowerCase(), id, e.getClass().getSimpleName(), e.getMessage());
            }
        }
        return mixed;
    }

    /** How many accepted ballots wait in the intake, over all boxes. */
    @Transactional
    public long waiting() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM ballot_intake").getSingleResult()).longValue();
    }

    /**
     * Whether a ballot with this tracker was accepted in the box: in a slot, or still waiting in the intake (opened
     * here, in memory, so that a replacement right after a cast need not wait for a mixing pass).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean holds(BallotTable kind, UUID box, String tracker) {
        // The intake first, then the slots: a mixing pass moves a ballot from one to the other in one commit, so in
        // this order (each statement reading what is committed when it runs) the ballot cannot slip between the two.
        List<?> waiting = em.createNativeQuery("SELECT sealed FROM ballot_intake WHERE box_id = :box").setParameter("box", box).getResultList();
        boolean inIntake = waiting.stream().map(sealed -> seal.open(box, (byte[]) sealed))
                .anyMatch(pending -> !pending.replacement() && pending.tracker().equals(tracker));
        return inIntake || storedContent(kind, box, tracker).isPresent();
    }

    /**
     * What the ballot with this tracker says now, after every replacement accepted so far: what waits for the box is
     * mixed first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> latestContent(BallotTable kind, UUID box, String tracker) {
        boolean waiting = !em.createNativeQuery("SELECT 1 FROM ballot_intake WHERE box_id = :box LIMIT 1")
                .setParameter("box", box).getResultList().isEmpty();
        if (waiting) {
            QuarkusTransaction.requiringNew().run(() -> mix(kind, box, true));
        }
        return storedContent(kind, box, tracker);
    }

    /** Filled slots in tracker order (an order that says nothing about when they were cast). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<StoredBallot> filled(BallotTable kind, UUID box) {
        return rows(em.createNativeQuery("SELECT tracker, " + kind.contentColumn + " FROM " + kind.table + " WHERE "
                        + kind.boxColumn + " = :box AND tracker IS NOT NULL ORDER BY tracker")
                .setParameter("box", box).getResultList()).stream()
                .map(row -> new StoredBallot((String) row[0], (String) row[1])).toList();
    }

    /** After the close: only the counted ballots remain, rewritten in tracker order by one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void seal(BallotTable kind, UUID box) {
        em.createNativeQuery("WITH emptied AS (DELETE FROM " + kind.table + " WHERE " + kind.boxColumn + " = :box RETURNING tracker, "
                        + kind.contentColumn + ") INSERT INTO " + kind.table + " (slot_id, " + kind.boxColumn + ", tracker, " + kind.contentColumn
                        + ") SELECT gen_random_uuid(), :box, tracker, " + kind.contentColumn + " FROM emptied WHERE tracker IS NOT NULL ORDER BY tracker")
                .setParameter("box", box).executeUpdate();
    }

    private int mix(BallotTable kind, UUID box, boolean wait) {
        if (!lockForMixing(box, wait)) {
            return 0;
        }
        List<Object[]> waiting = rows(em.createNativeQuery("SELECT CAST(id AS text), sealed FROM ballot_intake WHERE box_id = :box")
                .setParameter("box", box).getResultList());
        if (waiting.isEmpty()) {
            return 0;
        }
        List<PendingBallot> pending = new ArrayList<>();
        for (Object[] row : waiting) {
            pending.add(seal.open(box, (byte[]) row[1]));
        }
        pending.sort(Comparator.comparing(PendingBallot::replacement).thenComparingLong(PendingBallot::acceptedNanos));
        em.createNativeQuery("UPDATE " + kind.table + " SET generation = generation + 1 WHERE " + kind.boxColumn + " = :box")
                .setParameter("box", box).executeUpdate();
        List<?> freeSlots = em.createNativeQuery("SELECT CAST(slot_id AS text) FROM " + kind.table + " WHERE " + kind.boxColumn
                        + " = :box AND tracker IS NULL ORDER BY random() LIMIT :needed")
                .setParameter("box", box).setParameter("needed", pending.size()).getResultList();
        int nextFree = 0;
        for (PendingBallot ballot : pending) {
            if (ballot.replacement()) {
                requireOne(em.createNativeQuery("UPDATE " + kind.table + " SET " + kind.contentColumn + " = :content WHERE "
                                + kind.boxColumn + " = :box AND tracker = :tracker")
                        .setParameter("content", ballot.content()).setParameter("box", box).setParameter("tracker", ballot.tracker())
                        .executeUpdate(), "the ballot a replacement was accepted for");
            } else {
                if (nextFree >= freeSlots.size()) {
                    throw new IllegalStateException("more first ballots than free slots in a box: the roll and the slots disagree");
                }
                requireOne(em.createNativeQuery("UPDATE " + kind.table + " SET tracker = :tracker, " + kind.contentColumn
                                + " = :content WHERE slot_id = CAST(:slot AS uuid)")
                        .setParameter("tracker", ballot.tracker()).setParameter("content", ballot.content())
                        .setParameter("slot", freeSlots.get(nextFree++)).executeUpdate(), "a free slot");
            }
        }
        em.createNativeQuery("DELETE FROM ballot_intake WHERE id IN (:ids)")
                .setParameter("ids", waiting.stream().map(row -> UUID.fromString((String) row[0])).toList()).executeUpdate();
        return pending.size();
    }

    private boolean lockForMixing(UUID box, boolean wait) {
        if (wait) {
            em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(:ns, :key) AS text)")
                    .setParameter("ns", MIX_LOCK).setParameter("key", box.hashCode()).getSingleResult();
            return true;
        }
        return (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:ns, :key)")
                .setParameter("ns", MIX_LOCK).setParameter("key", box.hashCode()).getSingleResult();
    }

    private Optional<String> storedContent(BallotTable kind, UUID box, String tracker) {
        List<?> rows = em.createNativeQuery("SELECT " + kind.contentColumn + " FROM " + kind.table + " WHERE " + kind.boxColumn
                        + " = :box AND tracker = :tracker")
                .setParameter("box", box).setParameter("tracker", tracker).getResultList();
        return rows.stream().map(String.class::cast).findFirst();
    }

    private static void requireOne(int updated, String what) {
        if (updated != 1) {
            throw new IllegalStateException("mixing found no single " + what + " (" + updated + " rows); the batch stays in the intake");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }
}
