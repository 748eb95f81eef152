package dev.pygov.membership.events;

import dev.pygov.membership.domain.RolePeriods;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/** Applies role periods that began or ended since the last pass (see RolePeriods). */
@ApplicationScoped
public class RolePeriodSchedule {

    private final RolePeriods periods;
    private final Clock clock;

    public RolePeriodSchedule(RolePeriods periods, Clock clock) {
        this.periods = periods;
        this.clock = clock;
    }

    @Scheduled(every = "${pygov.membership.role-period-interval:1m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void applyBoundaries() {
        periods.applyBoundariesUntil(Instant.now(clock));
    }
}
