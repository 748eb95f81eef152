package dev.pygov.election.domain;

import dev.pygov.commons.outbox.Outbox;
import dev.pygov.events.election.RulebookAdopted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Optional;

/**
 * A decided governance-change vote: adopted, the proposed version is stored and in force from now (what starts
 * afterwards records it), and RulebookAdopted carries the whole document; otherwise the proposal is rejected.
 */
@ApplicationScoped
public class RulebookAdoption {

    private static final Logger LOG = Logger.getLogger(RulebookAdoption.class);

    private final EntityManager em;
    private final Outbox outbox;

    public RulebookAdoption(EntityManager em, Outbox outbox) {
        this.em = em;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void decided(Vote vote, Instant now) {
        Optional<GovernanceChange> found = GovernanceChange.find("voteId", vote.id).firstResultOptional();
        if (found.isEmpty()) {
            LOG.warnf("governance-change vote %s has no proposal; nothing adopted", vote.id);
            return;
        }
        GovernanceChange change = found.get();
        change.decidedAt = now;
        if (!vote.passed) {
            change.status = GovernanceChange.REJECTED;
            return;
        }
        RulebookInForce inForce = em.find(RulebookInForce.class, (short) 1, LockModeType.PESSIMISTIC_WRITE);
        if (inForce.version != change.baseVersion) {
            LOG.warnf("governance change %s passed, but version %d is in force instead of %d: not adopted", change.id,
                    inForce.version, change.baseVersion);
            change.status = GovernanceChange.SUPERSEDED;
            return;
        }
        AdoptedRulebook adopted = new AdoptedRulebook();
        adopted.version = change.version;
        adopted.rulebookJson = change.rulebookJson;
        adopted.adoptedByVote = vote.id;
        adopted.adoptedAt = now;
        adopted.persist();
        inForce.version = change.version;
        inForce.inForceSince = now;
        change.status = GovernanceChange.ADOPTED;
        outbox.publish(new RulebookAdopted(change.version, vote.key(), now, change.rulebookJson));
    }
}
