package dev.pygov.election.domain;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.election.domain.BallotSeal.PendingBallot;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The secret ballots of every election and vote (docs/decisions/0501, 0515). A cast is one short transaction: the
 * voter's roll entry and a sealed row in {@code ballot_intake}, nothing in the ballot table. A mixer then moves what
 * waits into random free slots in batches, rewriting every slot of the box in the same transaction, so no slot's
 * position or writing transaction points at one voter, and casts never wait for each other. Closing takes the intake
 * exclusively (in-flight casts finish first, later ones see the box closed) and mixes what is left, so every accepted
 * ballot is counted; a ballot that cannot be placed is quarantined rather than holding up its box (0516). Logs name
 * boxes, never trackers or ballots.
 */
@ApplicationScoped
public class BallotBoxes {

    private static final Logger LOG = Logger.getLogger(BallotBoxes.class);

    /** Advisory lock namespaces: casts share the intake lock that closing takes alone; one mixer per box at a time. */
    private static final int INTAKE_LOCK = 0x50790001;
    private static final int MIX_LOCK = 0x50790002;
    /** First casts under one key in one box take this lock, so the second sees the first (docs/decisions/0516). */
    private static final int TRACKER_LOCK = 0x50790003;

    public record StoredBallot(String tracker, String content) {
    }

    /** What a cast leaves the voter: the tracker, the key when this service made it (else null), whether it was a first. */
    public record Cast(String tracker, String ballotKey, boolean first) {
    }

    /** Ballots set aside by the mixer, by box and reason, for operators. */
    public record Quarantined(String boxKind, UUID box, String reason, long ballots) {
    }

    private record Waiting(UUID id, byte[] sealed, PendingBallot ballot) {
    }

    static final String QUARANTINE_UNREADABLE = "does-not-open-with-the-intake-key";
    static final String QUARANTINE_TRACKER_IN_BOX = "tracker-already-in-the-box";
    static final String QUARANTINE_NOTHING_TO_REPLACE = "replaces-no-ballot-in-the-box";
    static final String QUARANTINE_NO_FREE_SLOT = "no-free-slot";

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

    /**
     * The rules of casting, for every kind of box: the voter's roll entry is locked (one voter's casts run one after
     * the other); a voter who has not voted casts under the key they chose or one made here, refused if that key's
     * tracker is already in the box; a voter who has voted replaces the ballot their key belongs to. The caller has
     * entered the intake ({@link #enterIntake}), checked the box is open and the content valid. Nothing is written
     * before every check passed; durable with the caller's commit.
     *
     * @param contentBytes the longest content any ballot of this box can have (UTF-8 bytes): every ballot of the box
     *                     is sealed padded to it, so the intake rows of a box all have one length
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Cast cast(BallotTable kind, UUID box, String personId, String content, String ballotKey, int contentBytes) {
        List<?> roll = em.createNativeQuery("SELECT voted FROM " + kind.rollTable + " WHERE " + kind.boxColumn
                        + " = :box AND person_id = :person FOR UPDATE")
                .setParameter("box", box).setParameter("person", personId).getResultList();
        if (roll.isEmpty()) {
            throw new ProblemException(403, "not-on-roll", "Not allowed", "you are not on this " + kind.noun
                    + "'s roll (frozen when voting opened)", "voter");
        }
        boolean keySent = ballotKey != null && !ballotKey.isBlank();
        if ((Boolean) roll.get(0)) {
            if (!keySent) {
                throw ProblemException.conflict("already-voted",
                        "you have already voted; replace your ballot by sending your ballot key with the new ballot", "ballotKey");
            }
            String tracker = heldTracker(kind, box, ballotKey)
                    .orElseThrow(() -> ProblemException.invalid("ballotKey", "no ballot in this " + kind.noun + " has this ballot key"));
            accept(box, tracker, content, true, kind, contentBytes);
            return new Cast(tracker, null, false);
        }
        String key = keySent ? Trackers.chosenKey(ballotKey) : Trackers.newSecret();
        String tracker = Trackers.trackerOf(box, key);
        if (keySent) {
            // Only a key the client chose can already be in the box (one made here is 32 fresh random bytes). Two
            // first casts under one key wait for each other here, so the second sees the first's intake row.
            em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(:ns, :key) AS text)")
                    .setParameter("ns", TRACKER_LOCK).setParameter("key", tracker.hashCode() ^ box.hashCode()).getSingleResult();
            if (heldTracker(kind, box, key).isPresent()) {
                throw ProblemException.conflict("ballot-key-in-use", "this ballot key already belongs to a ballot in this " + kind.noun
                        + "; choose a new random key (or send none and keep the one returned)", "ballotKey");
            }
        }
        accept(box, tracker, content, false, kind, contentBytes);
        em.createNativeQuery("UPDATE " + kind.rollTable + " SET voted = TRUE WHERE " + kind.boxColumn + " = :box AND person_id = :person")
                .setParameter("box", box).setParameter("person", personId).executeUpdate();
        return new Cast(tracker, keySent ? null : key, true);
    }

    /** The ballot a key belongs to, as last cast or replaced: what waits for the box is mixed first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<StoredBallot> lookup(BallotTable kind, UUID box, String ballotKey) {
        boolean waiting = !em.createNativeQuery("SELECT 1 FROM ballot_intake WHERE box_id = :box LIMIT 1")
                .setParameter("box", box).getResultList().isEmpty();
        if (waiting) {
            try {
                QuarkusTransaction.requiringNew().run(() -> mix(kind, box, true));
            } catch (RuntimeException e) {
                LOG.errorf(LogSafe.scrubbed(e), "a ballot lookup in %s %s could not mix what waits first", kind.noun, box);
                throw new ProblemException(503, "ballots-being-mixed", "Try again", "your ballot cannot be shown right now;"
                        + " it is kept, and the operators have been told", "ballotKey");
            }
        }
        for (String tracker : List.of(Trackers.trackerOf(box, ballotKey), Trackers.legacyTrackerOf(ballotKey))) {
            Optional<String> content = storedContent(kind, box, tracker);
            if (content.isPresent()) {
                return Optional.of(new StoredBallot(tracker, content.get()));
            }
        }
        return Optional.empty();
    }

    /** Takes an accepted ballot (first cast or replacement) into the intake, sealed; durable with the caller's commit. */
    private void accept(UUID box, String tracker, String content, boolean replacement, BallotTable kind, int contentBytes) {
        // Only orders replacements of one ballot, which its voter's roll-entry lock already serialises; the real clock
        // (not the service clock that tests move) is enough for that, and it stays inside the seal.
        Instant accepted = Instant.now();
        PendingBallot pending = new PendingBallot(tracker, content, replacement, accepted.getEpochSecond() * 1_000_000_000L + accepted.getNano());
        em.createNativeQuery("INSERT INTO ballot_intake (id, box_id, box_kind, sealed) VALUES (:id, :box, :kind, :sealed)")
                .setParameter("id", UUID.randomUUID()).setParameter("box", box).setParameter("kind", kind.name())
                .setParameter("sealed", seal.seal(box, pending, contentBytes)).executeUpdate();
    }

    /** The tracker of the ballot this key belongs to in the box, scoped or (cast before trackers were scoped) legacy. */
    private Optional<String> heldTracker(BallotTable kind, UUID box, String ballotKey) {
        return java.util.stream.Stream.of(Trackers.trackerOf(box, ballotKey), Trackers.legacyTrackerOf(ballotKey))
                .filter(tracker -> holds(kind, box, tracker)).findFirst();
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
                LOG.errorf(LogSafe.scrubbed(e), "ballots waiting for %s %s could not be mixed; they stay in the intake and the next pass retries",
                        kind.noun, id);
            }
        }
        return mixed;
    }

    /** The ballots the mixer could not place, by box and reason. */
    @Transactional
    public List<Quarantined> quarantined() {
        return rows(em.createNativeQuery("SELECT box_kind, CAST(box_id AS text), reason, count(*) FROM ballot_quarantine"
                + " GROUP BY box_kind, box_id, reason ORDER BY box_kind, box_id, reason").getResultList()).stream()
                .map(row -> new Quarantined((String) row[0], UUID.fromString((String) row[1]), (String) row[2], ((Number) row[3]).longValue()))
                .toList();
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
    private boolean holds(BallotTable kind, UUID box, String tracker) {
        // The intake first, then the slots: a mixing pass moves a ballot from one to the other in one commit, so in
        // this order (each statement reading what is committed when it runs) the ballot cannot slip between the two.
        List<?> waiting = em.createNativeQuery("SELECT sealed FROM ballot_intake WHERE box_id = :box").setParameter("box", box).getResultList();
        boolean inIntake = waiting.stream().map(sealed -> openOrNull(box, (byte[]) sealed))
                .anyMatch(pending -> pending != null && !pending.replacement() && pending.tracker().equals(tracker));
        return inIntake || storedContent(kind, box, tracker).isPresent();
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

    /**
     * Moves what waits for the box into slots, in one transaction: every slot is rewritten, first ballots fill random
     * free slots, replacements (in acceptance order) overwrite their ballot. A ballot that cannot be placed (it does not
     * open, its tracker is already in the box, it replaces a ballot that is not there, no slot is free) is quarantined,
     * so that no single row holds up the box: every other ballot is placed and the intake empties.
     */
    private int mix(BallotTable kind, UUID box, boolean wait) {
        if (!lockForMixing(box, wait)) {
            return 0;
        }
        List<Object[]> waiting = rows(em.createNativeQuery("SELECT CAST(id AS text), sealed FROM ballot_intake WHERE box_id = :box")
                .setParameter("box", box).getResultList());
        if (waiting.isEmpty()) {
            return 0;
        }
        List<Waiting> opened = new ArrayList<>();
        for (Object[] row : waiting) {
            UUID id = UUID.fromString((String) row[0]);
            byte[] sealed = (byte[]) row[1];
            PendingBallot ballot = openOrNull(box, sealed);
            if (ballot == null) {
                quarantine(kind, box, id, sealed, QUARANTINE_UNREADABLE);
            } else {
                opened.add(new Waiting(id, sealed, ballot));
            }
        }
        opened.sort(Comparator.comparing((Waiting w) -> w.ballot().replacement()).thenComparingLong(w -> w.ballot().acceptedNanos()));
        em.createNativeQuery("UPDATE " + kind.table + " SET generation = generation + 1 WHERE " + kind.boxColumn + " = :box")
                .setParameter("box", box).executeUpdate();
        Set<String> placed = new HashSet<>();
        em.createNativeQuery("SELECT tracker FROM " + kind.table + " WHERE " + kind.boxColumn + " = :box AND tracker IS NOT NULL")
                .setParameter("box", box).getResultList().forEach(tracker -> placed.add((String) tracker));
        List<?> freeSlots = em.createNativeQuery("SELECT CAST(slot_id AS text) FROM " + kind.table + " WHERE " + kind.boxColumn
                        + " = :box AND tracker IS NULL ORDER BY random() LIMIT :needed")
                .setParameter("box", box).setParameter("needed", opened.size()).getResultList();
        int nextFree = 0;
        int moved = 0;
        for (Waiting waitingBallot : opened) {
            PendingBallot ballot = waitingBallot.ballot();
            if (ballot.replacement()) {
                if (!placed.contains(ballot.tracker())) {
                    quarantine(kind, box, waitingBallot.id(), waitingBallot.sealed(), QUARANTINE_NOTHING_TO_REPLACE);
                    continue;
                }
                requireOne(em.createNativeQuery("UPDATE " + kind.table + " SET " + kind.contentColumn + " = :content WHERE "
                                + kind.boxColumn + " = :box AND tracker = :tracker")
                        .setParameter("content", ballot.content()).setParameter("box", box).setParameter("tracker", ballot.tracker())
                        .executeUpdate(), "the ballot a replacement was accepted for");
            } else if (placed.contains(ballot.tracker())) {
                quarantine(kind, box, waitingBallot.id(), waitingBallot.sealed(), QUARANTINE_TRACKER_IN_BOX);
                continue;
            } else if (nextFree >= freeSlots.size()) {
                quarantine(kind, box, waitingBallot.id(), waitingBallot.sealed(), QUARANTINE_NO_FREE_SLOT);
                continue;
            } else {
                requireOne(em.createNativeQuery("UPDATE " + kind.table + " SET tracker = :tracker, " + kind.contentColumn
                                + " = :content WHERE slot_id = CAST(:slot AS uuid)")
                        .setParameter("tracker", ballot.tracker()).setParameter("content", ballot.content())
                        .setParameter("slot", freeSlots.get(nextFree++)).executeUpdate(), "a free slot");
                placed.add(ballot.tracker());
            }
            moved++;
        }
        em.createNativeQuery("DELETE FROM ballot_intake WHERE id IN (:ids)")
                .setParameter("ids", waiting.stream().map(row -> UUID.fromString((String) row[0])).toList()).executeUpdate();
        return moved;
    }

    /** Sets aside, still sealed, a ballot that cannot be placed, and says so (the box and why, never the ballot). */
    private void quarantine(BallotTable kind, UUID box, UUID intakeId, byte[] sealed, String reason) {
        em.createNativeQuery("INSERT INTO ballot_quarantine (id, box_id, box_kind, sealed, reason) VALUES (:id, :box, :kind, :sealed, :reason)")
                .setParameter("id", intakeId).setParameter("box", box).setParameter("kind", kind.name())
                .setParameter("sealed", sealed).setParameter("reason", reason).executeUpdate();
        LOG.errorf("a ballot accepted for %s %s cannot be placed (%s): it is quarantined, not counted, and every other ballot"
                + " of the box is; see GET /admin/ballot-intake", kind.noun, box, reason);
    }

    private PendingBallot openOrNull(UUID box, byte[] sealed) {
        try {
            return seal.open(box, sealed);
        } catch (IllegalStateException e) {
            return null;
        }
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
