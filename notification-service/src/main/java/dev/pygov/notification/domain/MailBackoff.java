package dev.pygov.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** When to try a failed mail again: exponential backoff, capped, and parked after the last allowed attempt. */
public record MailBackoff(int maxAttempts, Duration initialDelay, Duration maxDelay) {

    public MailBackoff {
        if (maxAttempts < 1 || initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("mail backoff needs maxAttempts >= 1 and 0 < initialDelay <= maxDelay");
        }
    }

    /** After {@code failedAttempts} failures: when to retry, or empty if the mail must be parked. */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration delay = initialDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay));
    }
}
