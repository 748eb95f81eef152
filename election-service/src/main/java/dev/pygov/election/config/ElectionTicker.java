package dev.pygov.election.config;

import dev.pygov.election.domain.ElectionService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/** Opens and closes phases at their deadlines. Missed ticks (a restart) are caught up by the next one. */
@ApplicationScoped
public class ElectionTicker {

    private final ElectionService elections;
    private final Clock clock;

    public ElectionTicker(ElectionService elections, Clock clock) {
        this.elections = elections;
        this.clock = clock;
    }

    @Scheduled(every = "${pygov.election.tick:30s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "pygov-election-tick")
    void tick() {
        elections.advance(Instant.now(clock));
    }
}
