package dev.pygov.notification.domain;

import dev.pygov.commons.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The durable mail queue: mails are added in the transaction of their notice and leave it only as SENT or PARKED. */
@ApplicationScoped
public class MailQueue {

    private final EntityManager entityManager;
    private final MailBackoff backoff;
    private final Clock clock;

    public MailQueue(EntityManager entityManager, MailBackoff backoff, Clock clock) {
        this.entityManager = entityManager;
        this.backoff = backoff;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public MailMessage enqueue(UUID noticeId, Recipient to, String kind, MailComposer.Composed mail) {
        MailMessage message = new MailMessage();
        message.id = UUID.randomUUID();
        message.noticeId = noticeId;
        message.personId = to.personId;
        message.kind = kind;
        message.toAddress = to.email;
        message.subject = mail.subject();
        message.textBody = mail.text();
        message.htmlBody = mail.html();
        message.unsubscribeUrl = mail.unsubscribeUrl();
        message.status = MailMessage.Status.PENDING;
        message.createdAt = Instant.now(clock);
        message.nextAttemptAt = message.createdAt;
        message.persist();
        return message;
    }

    /** Locks the next due mail for this transaction; other senders skip it rather than send it twice. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<MailMessage> claimNextDue(Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery(
                        "SELECT id FROM mail_message WHERE status = 'PENDING' AND next_attempt_at <= :now "
                                + "ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED", UUID.class)
                .setParameter("now", now)
                .getResultList();
        return ids.stream().findFirst().map(id -> MailMessage.findById(id));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sent(MailMessage message, Instant now) {
        message.attempts++;
        message.status = MailMessage.Status.SENT;
        message.sentAt = now;
        message.lastError = null;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void failed(MailMessage message, String error, Instant now) {
        message.attempts++;
        message.lastError = error;
        backoff.nextAttempt(message.attempts, now).ifPresentOrElse(
                next -> message.nextAttemptAt = next,
                () -> message.status = MailMessage.Status.PARKED);
    }

    public List<MailMessage> withStatus(MailMessage.Status status, int limit) {
        return MailMessage.find("status = ?1 ORDER BY createdAt", status).page(0, limit).list();
    }

    /** An operator sends a parked mail again: a fresh round of attempts, starting now. */
    @Transactional
    public MailMessage retry(UUID id) {
        MailMessage message = MailMessage.<MailMessage>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("mail", id.toString()));
        if (message.status != MailMessage.Status.PARKED) {
            throw ProblemException.conflict("mail-not-parked",
                    "mail " + id + " is " + message.status + "; only parked mail is retried by hand", "id");
        }
        message.status = MailMessage.Status.PENDING;
        message.attempts = 0;
        message.nextAttemptAt = Instant.now(clock);
        return message;
    }
}
