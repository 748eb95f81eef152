package dev.pygov.notification.domain;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The daily digest: one mail per person gathering the notices they chose to receive that way. */
@ApplicationScoped
public class Digests {

    public static final String KIND = "daily-digest";

    private final EntityManager entityManager;
    private final MailComposer composer;
    private final MailQueue mailQueue;
    private final Clock clock;

    public Digests(EntityManager entityManager, MailComposer composer, MailQueue mailQueue, Clock clock) {
        this.entityManager = entityManager;
        this.composer = composer;
        this.mailQueue = mailQueue;
        this.clock = clock;
    }

    @Scheduled(cron = "${pygov.digest.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void daily() {
        send(Instant.now(clock));
    }

    /** Queues one digest mail per person with pending notices; returns how many were queued. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int send(Instant now) {
        List<String> people = entityManager.createNativeQuery(
                        "SELECT DISTINCT person_id FROM notice WHERE digest_pending AND created_at <= :now ORDER BY person_id")
                .setParameter("now", now)
                .getResultList();
        int queued = 0;
        for (String personId : people) {
            List<Notice> pending = Notice.list("personId = ?1 AND digestPending = true AND createdAt <= ?2 ORDER BY createdAt",
                    personId, now);
            Recipient to = Recipient.findById(personId);
            if (to != null) {
                NoticeKind firstKind = NoticeKind.fromCode(pending.get(0).kind).orElse(NoticeKind.RESULTS_PUBLISHED);
                mailQueue.enqueue(null, to, KIND, composer.digest(to, firstKind,
                        pending.stream().map(n -> new MailComposer.DigestEntry(n.title, n.body)).toList()));
                queued++;
            }
            pending.forEach(n -> n.digestPending = false);
        }
        return queued;
    }
}
