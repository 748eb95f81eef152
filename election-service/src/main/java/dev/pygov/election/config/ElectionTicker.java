package dev.pygov.election.config;

import dev.pygov.election.domain.BoardService;
import dev.pygov.election.domain.ElectionService;
import dev.pygov.election.domain.LogSafe;
import dev.pygov.election.domain.MotionService;
import dev.pygov.election.domain.VoteCallService;
import dev.pygov.election.domain.VoteService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;

/**
 * Everything that happens by the clock, on one tick: election phases open and close, council motions, community and
 * member votes and Board resolutions are decided at their deadlines, unseconded calls lapse. Each is applied once under
 * its row lock; missed ticks (a restart) are caught up by the next one.
 */
@ApplicationScoped
public class ElectionTicker {

    private static final Logger LOG = Logger.getLogger(ElectionTicker.class);

    private final ElectionService elections;
    private final MotionService motions;
    private final VoteCallService calls;
    private final VoteService votes;
    private final BoardService board;
    private final Clock clock;

    public ElectionTicker(ElectionService elections, MotionService motions, VoteCallService calls, VoteService votes,
                          BoardService board, Clock clock) {
        this.elections = elections;
        this.motions = motions;
        this.calls = calls;
        this.votes = votes;
        this.board = board;
        this.clock = clock;
    }

    @Scheduled(every = "${pygov.election.tick:30s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "pygov-election-tick",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        Instant now = Instant.now(clock);
        // One kind failing must not hold up the others; each is retried on the next tick.
        run("election phases", () -> elections.advance(now));
        run("council motions", () -> motions.decideOverdue(now));
        run("vote calls", () -> calls.lapseDue(now));
        run("votes", () -> votes.advance(now));
        run("Board resolutions", () -> board.advance(now));
    }

    private static void run(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            // Messages can quote a row (a ballot, a tracker): only classes, states and stack traces are logged.
            LOG.errorf(LogSafe.scrubbed(e), "tick: %s could not be advanced; the next tick tries again", what);
        }
    }
}
