package dev.pygov.notification.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** The mail queue's numbers; see application.properties. */
@ConfigMapping(prefix = "pygov.mail")
public interface MailSettings {

    /** How often the sender looks for due mail (a scheduler duration, read by MailSender's @Scheduled). */
    String sendInterval();

    /** How long after start the sender and reminders first run. */
    String sendDelay();

    /** Failed attempts after which a mail is parked for an operator. */
    int maxAttempts();

    Duration initialBackoff();

    Duration maxBackoff();

    /** How long one SMTP send may take before it counts as failed; well below the transaction timeout. */
    Duration sendTimeout();

    /** How many mails are sent at the same time (each its own SMTP exchange and transaction). */
    int concurrentSends();

    /** Where people reach this service from outside, for unsubscribe links. */
    String publicUrl();
}
