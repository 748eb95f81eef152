package dev.pygov.election.domain;

import dev.pygov.commons.outbox.Outbox;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.events.election.BallotParticipationRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Casting and replacing secret ballots in council elections. Who voted (roll_entry.voted) and what was voted (the
 * ballot slots of {@link BallotBoxes}) share no key, time, order or writing transaction; a cast only marks the voter
 * and leaves a sealed ballot in the intake, so casts of one election run side by side. Nothing here logs.
 * See docs/decisions/0501-ballot-secrecy.md and 0515-ballot-intake-sealed-and-mixed.md.
 */
@ApplicationScoped
public class BallotService {

    private final EntityManager em;
    private final Outbox outbox;
    private final RulebookService rulebooks;
    private final BallotBoxes boxes;
    private final Clock clock;

    public BallotService(EntityManager em, Outbox outbox, RulebookService rulebooks, BallotBoxes boxes, Clock clock) {
        this.em = em;
        this.outbox = outbox;
        this.rulebooks = rulebooks;
        this.boxes = boxes;
        this.clock = clock;
    }

    /** What the voter keeps: the secret key that lets them replace their ballot, and its public tracker. */
    public record Receipt(String tracker, String ballotKey) {
    }

    public record StoredBallot(String tracker, Map<String, Integer> scores) {
    }

    /** Creates one empty slot per person on the roll. Called when voting opens. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void createSlots(UUID electionId, int count) {
        boxes.createSlots(BallotTable.ELECTION, electionId, count);
    }

    /** A first ballot from someone on the roll, with a key made here; returns the receipt. Durable when this returns. */
    @Transactional
    public Receipt cast(UUID electionId, String personId, Map<String, Integer> scores) {
        return castOrReplace(electionId, personId, scores, null);
    }

    /** Replaces the ballot the key belongs to, until voting closes; only the last counts. */
    @Transactional
    public Receipt replace(UUID electionId, String personId, String ballotKey, Map<String, Integer> scores) {
        return castOrReplace(electionId, personId, scores, ballotKey);
    }

    /**
     * Without a key: a first ballot, with a key made here. With a key: the voter's first ballot under the key they
     * chose, or, once they voted, a replacement of the ballot that key belongs to. A client that sends its own key
     * can therefore retry a cast whose answer was lost: the retry replaces the ballot with the same scores.
     * Durable when this returns (commit); the returned key is null when the voter sent one.
     */
    @Transactional
    public Receipt castOrReplace(UUID electionId, String personId, Map<String, Integer> scores, String ballotKey) {
        Election election = openForVoting(electionId);
        List<String> candidates = Candidate.standing(election.id).stream().map(Candidate::personId).toList();
        int maxScore = rulebooks.version(election.rulebookVersion).councilElection().maxScore();
        int[] ordered = BallotRules.scores(scores, candidates, maxScore);
        BallotBoxes.Cast cast = boxes.cast(BallotTable.ELECTION, electionId, personId, BallotRules.encode(ordered), ballotKey,
                BallotRules.longestEncoding(candidates.size(), maxScore));
        if (cast.first()) {
            outbox.publish(new BallotParticipationRecorded(election.key(), personId));
        }
        return new Receipt(cast.tracker(), cast.ballotKey());
    }

    /** The ballot a key belongs to, for its holder to check, as last cast or replaced. */
    @Transactional
    public StoredBallot lookup(UUID electionId, String ballotKey) {
        BallotBoxes.StoredBallot stored = boxes.lookup(BallotTable.ELECTION, electionId, ballotKey)
                .orElseThrow(() -> ProblemException.invalid("ballotKey", "no ballot in this election has this ballot key"));
        List<Candidate> candidates = Candidate.standing(electionId);
        int[] scores = BallotRules.decode(stored.content());
        Map<String, Integer> byCandidate = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            byCandidate.put(candidates.get(i).personId(), scores[i]);
        }
        return new StoredBallot(stored.tracker(), byCandidate);
    }

    /** Filled ballots ordered by tracker (an order that says nothing about when they were cast). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<BallotBoxes.StoredBallot> filledBallots(UUID electionId) {
        return boxes.filled(BallotTable.ELECTION, electionId);
    }

    /**
     * Once voting closed, in the closing transaction: takes every ballot accepted before the close out of the intake,
     * then rewrites the election's ballots in tracker order and drops the empty slots, so that the table holds
     * exactly the counted ballots, with positions and writing transaction shared by all of them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sealAtClose(UUID electionId) {
        boxes.closeIntake(BallotTable.ELECTION, electionId);
        boxes.seal(BallotTable.ELECTION, electionId);
    }

    private Election openForVoting(UUID electionId) {
        boxes.enterIntake(electionId);
        Election election = em.find(Election.class, electionId);
        if (election == null) {
            throw ProblemException.notFound("election", electionId.toString());
        }
        PhaseRules.requireVotingOpen(election, Instant.now(clock));
        return election;
    }
}
