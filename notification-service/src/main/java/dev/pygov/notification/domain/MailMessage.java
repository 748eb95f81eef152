package dev.pygov.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One e-mail in the durable queue, rendered when queued so what is sent is what was decided then. */
@Entity
@Table(name = "mail_message")
public class MailMessage extends PanacheEntityBase {

    public enum Status { PENDING, SENT, PARKED }

    @Id
    public UUID id;

    /** The notice it carries; null for a digest, which carries several. */
    @Column(name = "notice_id")
    public UUID noticeId;

    @Column(name = "person_id", nullable = false)
    public String personId;

    @Column(nullable = false)
    public String kind;

    @Column(name = "to_address", nullable = false)
    public String toAddress;

    @Column(nullable = false)
    public String subject;

    @Column(name = "text_body", nullable = false, columnDefinition = "text")
    public String textBody;

    @Column(name = "html_body", nullable = false, columnDefinition = "text")
    public String htmlBody;

    @Column(name = "unsubscribe_url", nullable = false, columnDefinition = "text")
    public String unsubscribeUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error", columnDefinition = "text")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;
}
