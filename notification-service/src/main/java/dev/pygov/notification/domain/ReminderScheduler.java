package dev.pygov.notification.domain;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;

/** Sends due reminders in batches until none is left. A missed run is caught up by the next: due rows wait. */
@ApplicationScoped
public class ReminderScheduler {

    private final Reminders reminders;
    private final Clock clock;
    private final int batchSize;

    public ReminderScheduler(Reminders reminders, Clock clock, @ConfigProperty(name = "pygov.reminders.batch-size") int batchSize) {
        this.reminders = reminders;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Scheduled(every = "${pygov.reminders.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "${pygov.mail.send-delay}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        while (reminders.sendDue(Instant.now(clock), batchSize) == batchSize) {
            // another full batch may be waiting
        }
    }
}
