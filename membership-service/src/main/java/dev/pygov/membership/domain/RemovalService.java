package dev.pygov.membership.domain;

import dev.pygov.events.election.VoteDecided;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/** Removal from the community against the member's will, as decided by a council vote election-service ran. */
@ApplicationScoped
public class RemovalService {

    private static final Logger LOG = Logger.getLogger(RemovalService.class);

    private final RosterService roster;

    public RemovalService(RosterService roster) {
        this.roster = roster;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(VoteDecided vote) {
        if (!vote.passed()) {
            return;
        }
        if (!roster.remove(vote.subjectId(), "removed by council vote " + vote.voteId())) {
            LOG.warnf("council vote %s removes %s, who is not a current community member; ignored", vote.voteId(), vote.subjectId());
        }
    }
}
