package dev.pygov.notification.domain;

import dev.pygov.notification.config.MailSettings;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;

/**
 * Sends queued mail through the SMTP relay, one mail per transaction: the row stays locked while it is sent and
 * becomes SENT in the same commit, so a failure retries it later and a concurrent sender never picks it up.
 * A relay that accepts but never answers counts as a failure after {@code pygov.mail.send-timeout}.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final MailQueue queue;
    private final ReactiveMailer mailer;
    private final MailSettings settings;
    private final Clock clock;

    public MailSender(MailQueue queue, ReactiveMailer mailer, MailSettings settings, Clock clock) {
        this.queue = queue;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(every = "${pygov.mail.send-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "${pygov.mail.send-delay}")
    void sendDue() {
        // until nothing is due: a failed mail is due again only after its backoff, so this ends
        while (sendNextDue()) {
            // next
        }
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
