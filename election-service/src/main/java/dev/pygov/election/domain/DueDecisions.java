package dev.pygov.election.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Decides what fell due (motions, votes, Board resolutions), each in its own transaction under its own row lock: one
 * that cannot be decided holds up none of the others, and the next tick tries it again.
 */
final class DueDecisions {

    private static final Logger LOG = Logger.getLogger(DueDecisions.class);

    private DueDecisions() {
    }

    /**
     * @param decideIfDue locks the item and decides it unless another tick did or it is not due; true if it decided
     * @return how many were decided
     */
    static int decideEach(String what, List<UUID> due, Predicate<UUID> decideIfDue) {
        int decided = 0;
        for (UUID id : due) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> decideIfDue.test(id))) {
                    decided++;
                }
            } catch (RuntimeException e) {
                // Closing a vote mixes and counts its ballots: a message could quote one, so only classes and states.
                LOG.errorf(LogSafe.scrubbed(e), "%s %s: could not be decided; the next tick tries again", what, id);
            }
        }
        return decided;
    }
}
