package dev.pygov.notification.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Who may vote where, projected from membership's events. Election-service freezes the real roll when voting
 * opens but its events do not list it, so this projection stands in for the roll (decision 0703).
 */
@ApplicationScoped
public class Electorate {

    public enum Body {
        /** PSF voting members (every class but basic): binding member votes and polls on proposals. */
        PSF_VOTING_MEMBERS,
        /** Active members of the Packaging community roster: council elections and community votes. */
        PACKAGING_COMMUNITY
    }

    private final EntityManager entityManager;
    private final Clock clock;

    public Electorate(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Which body votes on a community vote, member vote or poll, by the kind election-service gives it. */
    public static Body forVoteKind(String kind) {
        String k = kind == null ? "" : kind.toLowerCase(java.util.Locale.ROOT);
        return k.contains("member-vote") || k.contains("poll") || k.startsWith("psf") ? Body.PSF_VOTING_MEMBERS : Body.PACKAGING_COMMUNITY;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void psfVoting(String personId, boolean voting) {
        upsert(personId, "psf_voting", voting);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void communityActive(String personId, boolean active) {
        upsert(personId, "community_active", active);
    }

    @SuppressWarnings("unchecked")
    public List<String> membersOf(Body body) {
        String column = body == Body.PSF_VOTING_MEMBERS ? "psf_voting" : "community_active";
        return entityManager.createNativeQuery("SELECT person_id FROM electorate_member WHERE " + column + " ORDER BY person_id")
                .getResultList();
    }

    private void upsert(String personId, String column, boolean value) {
        entityManager.createNativeQuery("INSERT INTO electorate_member (person_id, " + column + ", updated_at) "
                        + "VALUES (:person, :value, :at) ON CONFLICT (person_id) DO UPDATE SET " + column
                        + " = EXCLUDED." + column + ", updated_at = EXCLUDED.updated_at")
                .setParameter("person", personId)
                .setParameter("value", value)
                .setParameter("at", Instant.now(clock))
                .executeUpdate();
    }
}
