package dev.pygov.election.domain;

import dev.pygov.commons.outbox.Outbox;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.events.election.BallotParticipationRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Casting and replacing secret ballots. Who voted (roll_entry.voted) and what was voted (ballot) share no key,
 * time or order: ballots sit in slots created in random order when voting opens, a cast fills a random free
 * slot, and every cast rewrites every slot of the election, so neither row position nor the writing
 * transaction (xmin) points at one ballot. Nothing here logs. See docs/decisions/0501-ballot-secrecy.md.
 */
@ApplicationScoped
public class BallotService {

    private final EntityManager em;
    private final Outbox outbox;
    private final RulebookService rulebooks;
    private final Clock clock;

    public BallotService(EntityManager em, Outbox outbox, RulebookService rulebooks, Clock clock) {
        this.em = em;
        this.outbox = outbox;
        this.rulebooks = rulebooks;
        this.clock = clock;
    }

    /** What the voter keeps: the secret key that lets them replace their ballot, and its public tracker. */
    public record Receipt(String tracker, String ballotKey) {
    }

    public record StoredBallot(String tracker, Map<String, Integer> scores) {
    }

    /** Creates one empty slot per person on the roll, in random order. Called when voting opens. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void createSlots(UUID electionId, int count) {
        for (int i = 0; i < count; i++) {
            em.createNativeQuery("INSERT INTO ballot (slot_id, election_id) VALUES (:slot, :election)")
                    .setParameter("slot", UUID.randomUUID()).setParameter("election", electionId).executeUpdate();
        }
    }

    /** A first ballot from someone on the roll; returns the receipt. Durable when this returns (commit). */
    @Transactional
    public Receipt cast(UUID electionId, String personId, Map<String, Integer> scores) {
        Election election = lockedForVoting(electionId);
        int[] ordered = validScores(election, scores);
        RollEntry voter = rollEntry(electionId, personId);
        if (voter.voted) {
            throw ProblemException.conflict("already-voted",
                    "you have already voted; replace your ballot by sending your ballot key with the new scores", "ballotKey");
        }
        reshuffle(electionId);
        String key = Trackers.newSecret();
        String tracker = Trackers.trackerOf(key);
        int filled = em.createNativeQuery("UPDATE ballot SET tracker = :tracker, scores = :scores WHERE slot_id = "
                        + "(SELECT slot_id FROM ballot WHERE election_id = :election AND tracker IS NULL ORDER BY random() LIMIT 1)")
                .setParameter("tracker", tracker).setParameter("scores", BallotRules.encode(ordered))
                .setParameter("election", electionId).executeUpdate();
        if (filled != 1) {
            throw new IllegalStateException("no free ballot slot although the voter is on the roll and has not voted");
        }
        voter.voted = true;
        outbox.publish(new BallotParticipationRecorded(election.key(), personId));
        return new Receipt(tracker, key);
    }

    /** Replaces the ballot the key belongs to, until voting closes; only the last counts. */
    @Transactional
    public Receipt replace(UUID electionId, String personId, String ballotKey, Map<String, Integer> scores) {
        Election election = lockedForVoting(electionId);
        int[] ordered = validScores(election, scores);
        RollEntry voter = rollEntry(electionId, personId);
        if (!voter.voted) {
            throw ProblemException.invalid("ballotKey", "you have not voted yet: cast a ballot without a ballot key first");
        }
        String tracker = Trackers.trackerOf(ballotKey);
        reshuffle(electionId);
        int replaced = em.createNativeQuery("UPDATE ballot SET scores = :scores WHERE election_id = :election AND tracker = :tracker")
                .setParameter("scores", BallotRules.encode(ordered)).setParameter("election", electionId)
                .setParameter("tracker", tracker).executeUpdate();
        if (replaced != 1) {
            throw ProblemException.invalid("ballotKey", "no ballot in this election has this ballot key");
        }
        return new Receipt(tracker, ballotKey);
    }

    /** The ballot a key belongs to, for its holder to check. */
    @Transactional
    public StoredBallot lookup(UUID electionId, String ballotKey) {
        String tracker = Trackers.trackerOf(ballotKey);
        List<?> rows = em.createNativeQuery("SELECT scores FROM ballot WHERE election_id = :election AND tracker = :tracker")
                .setParameter("election", electionId).setParameter("tracker", tracker).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.invalid("ballotKey", "no ballot in this election has this ballot key");
        }
        List<Candidate> candidates = Candidate.standing(electionId);
        int[] scores = BallotRules.decode((String) rows.get(0));
        Map<String, Integer> byCandidate = new java.util.LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            byCandidate.put(candidates.get(i).personId(), scores[i]);
        }
        return new StoredBallot(tracker, byCandidate);
    }

    /** Filled ballots ordered by tracker (an order that says nothing about when they were cast). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Object[]> filledBallots(UUID electionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT tracker, scores FROM ballot WHERE election_id = :election AND tracker IS NOT NULL ORDER BY tracker")
                .setParameter("election", electionId).getResultList();
        return rows;
    }

    /**
     * Rewrites the election's ballots in tracker order and drops the empty slots, once voting closed: the table
     * then holds exactly the counted ballots, with positions and writing transaction shared by all of them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sealAtClose(UUID electionId) {
        List<Object[]> filled = filledBallots(electionId);
        em.createNativeQuery("DELETE FROM ballot WHERE election_id = :election").setParameter("election", electionId).executeUpdate();
        for (Object[] row : filled) {
            em.createNativeQuery("INSERT INTO ballot (slot_id, election_id, tracker, scores) VALUES (:slot, :election, :tracker, :scores)")
                    .setParameter("slot", UUID.randomUUID()).setParameter("election", electionId)
                    .setParameter("tracker", row[0]).setParameter("scores", row[1]).executeUpdate();
        }
    }

    private Election lockedForVoting(UUID electionId) {
        // Casts of one election run one at a time: each rewrites every slot (see the class comment).
        Election election = em.find(Election.class, electionId, LockModeType.PESSIMISTIC_WRITE);
        if (election == null) {
            throw ProblemException.notFound("election", electionId.toString());
        }
        PhaseRules.requireVotingOpen(election, Instant.now(clock));
        return election;
    }

    private int[] validScores(Election election, Map<String, Integer> scores) {
        List<String> ids = Candidate.standing(election.id).stream().map(Candidate::personId).toList();
        return BallotRules.scores(scores, ids, rulebooks.version(election.rulebookVersion).councilElection().maxScore());
    }

    private static RollEntry rollEntry(UUID electionId, String personId) {
        RollEntry entry = RollEntry.findById(new ElectionPersonKey(electionId, personId));
        if (entry == null) {
            throw new ProblemException(403, "not-on-roll", "Not allowed", "you are not on this election's roll", "voter");
        }
        return entry;
    }

    private void reshuffle(UUID electionId) {
        em.createNativeQuery("UPDATE ballot SET generation = generation + 1 WHERE election_id = :election")
                .setParameter("election", electionId).executeUpdate();
    }
}
