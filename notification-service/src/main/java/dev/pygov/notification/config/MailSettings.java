package dev.pygov.notification.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** The mail queue's numbers; see application.properties. */
@ConfigMapping(prefix = "pygov.mail")
public interface MailSettings {

    /** Failed attempts after which a mail is parked for an operator. */
    int maxAttempts();

    Duration initialBackoff();

    Duration maxBackoff();

    /** Mails one sender run sends at most. */
    int batchSize();

    /** Where people reach this service from outside, for unsubscribe links. */
    String publicUrl();
}
