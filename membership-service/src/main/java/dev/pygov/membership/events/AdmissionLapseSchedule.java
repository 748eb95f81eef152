package dev.pygov.membership.events;

import dev.pygov.membership.domain.AdmissionService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/** Lapses admission calls nobody seconded in time. */
@ApplicationScoped
public class AdmissionLapseSchedule {

    private final AdmissionService admissions;
    private final Clock clock;

    public AdmissionLapseSchedule(AdmissionService admissions, Clock clock) {
        this.admissions = admissions;
        this.clock = clock;
    }

    @Scheduled(every = "${pygov.membership.lapse-interval:10m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void lapse() {
        admissions.lapseUnseconded(Instant.now(clock));
    }
}
