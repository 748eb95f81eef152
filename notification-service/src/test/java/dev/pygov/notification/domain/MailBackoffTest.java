package dev.pygov.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class MailBackoffTest {

    private final MailBackoff backoff = new MailBackoff(5, Duration.ofMinutes(1), Duration.ofMinutes(5));
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void theDelayDoublesAfterEachFailureUpToTheCap() {
        assertThat(backoff.nextAttempt(1, now)).contains(now.plus(Duration.ofMinutes(1)));
        assertThat(backoff.nextAttempt(2, now)).contains(now.plus(Duration.ofMinutes(2)));
        assertThat(backoff.nextAttempt(3, now)).contains(now.plus(Duration.ofMinutes(4)));
        assertThat(backoff.nextAttempt(4, now)).contains(now.plus(Duration.ofMinutes(5)));
    }

    @Test
    void theMailIsParkedAfterTheLastAllowedAttempt() {
        assertThat(backoff.nextAttempt(5, now)).isEmpty();
        assertThat(backoff.nextAttempt(6, now)).isEmpty();
    }
}
