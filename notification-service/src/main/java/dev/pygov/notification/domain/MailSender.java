package dev.pygov.notification.domain;

import dev.pygov.notification.config.MailSettings;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends queued mail through the SMTP relay, one mail per transaction: the row stays locked while it is sent and
 * becomes SENT in the same commit, so a failure retries it later and a concurrent sender never picks it up. Several
 * senders work through the queue at once ({@code pygov.mail.concurrent-sends}), each claiming the next mail no other
 * holds, so a fan-out is bounded by the relay's round trip times that number, not by one round trip at a time.
 * A relay that accepts but never answers counts as a failure after {@code pygov.mail.send-timeout}.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final MailQueue queue;
    private final ReactiveMailer mailer;
    private final MailSettings settings;
    private final Clock clock;
    private final ExecutorService workers;

    public MailSender(MailQueue queue, ReactiveMailer mailer, MailSettings settings, Clock clock) {
        this.queue = queue;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
        this.workers = Executors.newFixedThreadPool(settings.concurrentSends(), runnable -> {
            Thread thread = new Thread(runnable, "pygov-mail-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(every = "${pygov.mail.send-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "${pygov.mail.send-delay}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sendDue() {
        List<Future<?>> senders = new ArrayList<>();
        for (int i = 0; i < settings.concurrentSends(); i++) {
            senders.add(workers.submit(this::sendUntilNoneDue));
        }
        for (Future<?> sender : senders) {
            try {
                sender.get();
            } catch (ExecutionException e) {
                LOG.errorf(e.getCause(), "a mail sender stopped; the next pass goes on");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void sendUntilNoneDue() {
        // until nothing is due: a failed mail is due again only after its backoff, so this ends
        while (sendNextDue()) {
            // next
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** Sends (or fails) the next due mail; false if none is due. */
    public boolean sendNextDue() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now(clock);
            return queue.claimNextDue(now).map(message -> {
                try {
                    mailer.send(Mail.withText(message.toAddress, message.subject, message.textBody)
                            .setHtml(message.htmlBody)
                            .addHeader("List-Unsubscribe", "<" + message.unsubscribeUrl + ">"))
                            .await().atMost(settings.sendTimeout());
                    queue.sent(message, Instant.now(clock));
                } catch (RuntimeException e) {
                    String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                    LOG.warnf("mail %s to person %s failed (attempt %d): %s", message.id, message.personId,
                            message.attempts + 1, error);
                    queue.failed(message, error, Instant.now(clock));
                }
                return true;
            }).orElse(false);
        });
    }
}
