package dev.pygov.election.config;

import dev.pygov.election.domain.MotionService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/** Decides council motions whose deadline passed. Missed ticks (a restart) are caught up by the next one. */
@ApplicationScoped
public class MotionTicker {

    private final MotionService motions;
    private final Clock clock;

    public MotionTicker(MotionService motions, Clock clock) {
        this.motions = motions;
        this.clock = clock;
    }

    @Scheduled(every = "${pygov.election.tick:30s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "pygov-motion-tick")
    void tick() {
        motions.decideOverdue(Instant.now(clock));
    }
}
