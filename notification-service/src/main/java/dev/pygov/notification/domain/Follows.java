package dev.pygov.notification.domain;

import dev.pygov.commons.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Who follows which proposal. Proposal ids are proposal-service's; they are not checked here (this service does not
 * call another at request time), so following an id that never moves simply never tells anyone anything.
 */
@ApplicationScoped
public class Follows {

    static final int LONGEST_ID = 200;

    private final EntityManager em;
    private final Clock clock;

    public Follows(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Follows the proposal; following it again changes nothing. */
    @Transactional
    public void follow(String personId, String proposalId) {
        check(proposalId);
        em.createNativeQuery("INSERT INTO proposal_follow (person_id, proposal_id, followed_at) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT DO NOTHING")
                .setParameter(1, personId).setParameter(2, proposalId).setParameter(3, Instant.now(clock)).executeUpdate();
    }

    @Transactional
    public void unfollow(String personId, String proposalId) {
        check(proposalId);
        em.createNativeQuery("DELETE FROM proposal_follow WHERE person_id = ?1 AND proposal_id = ?2")
                .setParameter(1, personId).setParameter(2, proposalId).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<String> followedBy(String personId) {
        return em.createNativeQuery("SELECT proposal_id FROM proposal_follow WHERE person_id = ?1 ORDER BY followed_at, proposal_id")
                .setParameter(1, personId).getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<String> followersOf(String proposalId) {
        return em.createNativeQuery("SELECT person_id FROM proposal_follow WHERE proposal_id = ?1 ORDER BY person_id")
                .setParameter(1, proposalId).getResultList();
    }

    private static void check(String proposalId) {
        if (proposalId == null || proposalId.isBlank() || proposalId.length() > LONGEST_ID) {
            throw ProblemException.invalid("proposalId", "a proposal id is 1 to " + LONGEST_ID + " characters");
        }
    }
}
