package dev.pygov.election.config;

import dev.pygov.election.domain.BallotBoxes;
import dev.pygov.election.domain.BallotSeal;
import dev.pygov.election.domain.LogSafe;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The ballot intake's key and its mixer: what voters cast waits sealed in the intake until the next pass moves it
 * into random slots (docs/decisions/0515). A pass that fails leaves its batch in the intake for the next one.
 */
@ApplicationScoped
public class BallotIntake {

    private static final Logger LOG = Logger.getLogger(BallotIntake.class);

    private final BallotBoxes boxes;

    public BallotIntake(BallotBoxes boxes) {
        this.boxes = boxes;
    }

    @Produces
    @Singleton
    static BallotSeal seal(@ConfigProperty(name = "pygov.election.ballot-intake-key") String key) {
        return new BallotSeal(key);
    }

    @Scheduled(every = "${pygov.election.ballot-mix:1s}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "pygov-ballot-mix",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void mix() {
        try {
            boxes.mixPending();
        } catch (RuntimeException e) {
            LOG.errorf(LogSafe.scrubbed(e), "ballot mixing could not look for waiting ballots; the next pass retries");
        }
    }
}
