package dev.pygov.membership.domain;

import dev.pygov.commons.rulebook.RulebookLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Follows council elections from election-service's events: the roll of active members when voting opened,
 * who took part (never how), and, once the election is certified, who missed one election too many.
 */
@ApplicationScoped
public class InactivityService {

    private final EntityManager em;
    private final RosterService roster;
    private final RulebookLedger rulebooks;

    public InactivityService(EntityManager em, RosterService roster, RulebookLedger rulebooks) {
        this.em = em;
        this.roster = roster;
        this.rulebooks = rulebooks;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void tookPart(String voteId, String personId) {
        em.createNativeQuery("INSERT INTO ballot_participation (vote_id, person_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, voteId).setParameter(2, personId).executeUpdate();
    }

    /** Voting opened: the active members now are the roll this election counts against. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void votingOpened(String electionId, Instant at) {
        int created = em.createNativeQuery("INSERT INTO council_election (id, voting_opened_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, electionId).setParameter(2, at).executeUpdate();
        if (created == 1) {
            snapshotRoll(electionId);
        }
    }

    /**
     * The election is certified: each member on its roll either took part (count back to zero) or missed it;
     * reaching the rulebook's number of consecutive misses makes them inactive. Applied once per election.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void certified(String electionId, Instant at) {
        int created = em.createNativeQuery("INSERT INTO council_election (id) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, electionId).executeUpdate();
        if (created == 1) {
            // We never saw voting open (e.g. consumed from a later point): the active members now stand in for the roll.
            snapshotRoll(electionId);
        }
        int claimed = em.createNativeQuery("UPDATE council_election SET evaluated_at = ?2 WHERE id = ?1 AND evaluated_at IS NULL")
                .setParameter(1, electionId).setParameter(2, at).executeUpdate();
        if (claimed == 0) {
            return;
        }
        Set<String> tookPart = new HashSet<>(strings(em.createNativeQuery(
                "SELECT person_id FROM ballot_participation WHERE vote_id = ?1").setParameter(1, electionId).getResultList()));
        List<String> roll = strings(em.createNativeQuery(
                "SELECT person_id FROM council_election_roll WHERE election_id = ?1 ORDER BY person_id").setParameter(1, electionId).getResultList());
        int limit = rulebooks.inForce().community().missedElectionsBeforeInactive();
        for (String personId : roll) {
            roster.find(personId).filter(m -> m.status() == CommunityStatus.ACTIVE).ifPresent(member -> {
                member.missedElections = MissedElections.after(member.missedElections, tookPart.contains(personId));
                if (MissedElections.becomesInactive(member.missedElections, limit)) {
                    roster.markInactive(member, "missed " + member.missedElections + " consecutive council elections (last: " + electionId + ")");
                }
            });
        }
    }

    private void snapshotRoll(String electionId) {
        em.createNativeQuery("INSERT INTO council_election_roll (election_id, person_id) "
                        + "SELECT ?1, person_id FROM community_member WHERE status = 'active'")
                .setParameter(1, electionId).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(List<?> rows) {
        return (List<String>) rows;
    }
}
