package dev.pygov.membership.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/** Removal from the community against the member's will, as decided by a council motion election-service ran. */
@ApplicationScoped
public class RemovalService {

    private static final Logger LOG = Logger.getLogger(RemovalService.class);

    private final RosterService roster;

    public RemovalService(RosterService roster) {
        this.roster = roster;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(String motionId, String personId, boolean passed) {
        if (!passed) {
            return;
        }
        if (!roster.remove(personId, "removed by council vote " + motionId)) {
            LOG.warnf("council motion %s removes %s, who is not a current community member; ignored", motionId, personId);
        }
    }
}
