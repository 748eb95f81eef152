package dev.pygov.election.domain;

import dev.pygov.commons.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * The secret ballots of votes, stored as council ballots are (docs/decisions/0501): random slots created when the
 * vote opens, a cast fills a random free slot after rewriting every slot of the vote, sealed in tracker order at
 * close. The callers hold the vote's row lock, so casts of one vote run one at a time. Nothing here logs.
 */
@ApplicationScoped
public class VoteBallots {

    private final EntityManager em;

    public VoteBallots(EntityManager em) {
        this.em = em;
    }

    public record StoredBallot(String tracker, String choice) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void createSlots(UUID voteId, int count) {
        for (int i = 0; i < count; i++) {
            em.createNativeQuery("INSERT INTO vote_ballot (slot_id, vote_id) VALUES (:slot, :vote)")
                    .setParameter("slot", UUID.randomUUID()).setParameter("vote", voteId).executeUpdate();
        }
    }

    /** Fills a random free slot; returns the new ballot key (the voter's secret). */
    @Transactional(Transactional.TxType.MANDATORY)
    String fill(UUID voteId, String choice) {
        reshuffle(voteId);
        String key = Trackers.newSecret();
        int filled = em.createNativeQuery("UPDATE vote_ballot SET tracker = :tracker, choice = :choice WHERE slot_id = "
                        + "(SELECT slot_id FROM vote_ballot WHERE vote_id = :vote AND tracker IS NULL ORDER BY random() LIMIT 1)")
                .setParameter("tracker", Trackers.trackerOf(key)).setParameter("choice", choice)
                .setParameter("vote", voteId).executeUpdate();
        if (filled != 1) {
            throw new IllegalStateException("no free ballot slot although the voter is on the roll and has not voted");
        }
        return key;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void replace(UUID voteId, String ballotKey, String choice) {
        reshuffle(voteId);
        int replaced = em.createNativeQuery("UPDATE vote_ballot SET choice = :choice WHERE vote_id = :vote AND tracker = :tracker")
                .setParameter("choice", choice).setParameter("vote", voteId)
                .setParameter("tracker", Trackers.trackerOf(ballotKey)).executeUpdate();
        if (replaced != 1) {
            throw ProblemException.invalid("ballotKey", "no ballot in this vote has this ballot key");
        }
    }

    @Transactional
    public StoredBallot lookup(UUID voteId, String ballotKey) {
        String tracker = Trackers.trackerOf(ballotKey);
        List<?> rows = em.createNativeQuery("SELECT choice FROM vote_ballot WHERE vote_id = :vote AND tracker = :tracker")
                .setParameter("vote", voteId).setParameter("tracker", tracker).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.invalid("ballotKey", "no ballot in this vote has this ballot key");
        }
        return new StoredBallot(tracker, (String) rows.get(0));
    }

    /** Filled ballots in tracker order (an order that says nothing about when they were cast). */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<StoredBallot> filled(UUID voteId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT tracker, choice FROM vote_ballot WHERE vote_id = :vote AND tracker IS NOT NULL ORDER BY tracker")
                .setParameter("vote", voteId).getResultList();
        return rows.stream().map(r -> new StoredBallot((String) r[0], (String) r[1])).toList();
    }

    /** At close: only the counted ballots remain, rewritten in tracker order by one transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void seal(UUID voteId) {
        List<StoredBallot> filled = filled(voteId);
        em.createNativeQuery("DELETE FROM vote_ballot WHERE vote_id = :vote").setParameter("vote", voteId).executeUpdate();
        for (StoredBallot ballot : filled) {
            em.createNativeQuery("INSERT INTO vote_ballot (slot_id, vote_id, tracker, choice) VALUES (:slot, :vote, :tracker, :choice)")
                    .setParameter("slot", UUID.randomUUID()).setParameter("vote", voteId)
                    .setParameter("tracker", ballot.tracker()).setParameter("choice", ballot.choice()).executeUpdate();
        }
    }

    private void reshuffle(UUID voteId) {
        em.createNativeQuery("UPDATE vote_ballot SET generation = generation + 1 WHERE vote_id = :vote")
                .setParameter("vote", voteId).executeUpdate();
    }
}
