package dev.pygov.commons.outbox;

import java.time.Instant;

/** What an operator needs to know about the relay: how much waits, since when, and the last error. */
public record OutboxStatus(long pending, long published, Instant oldestPendingSince, String lastError) {
}
