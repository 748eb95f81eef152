package dev.pygov.commons.clock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A clock ahead of its base clock by the ISO-8601 duration written in a file (e.g. {@code P14DT1H}). No file
 * means no shift. The file is read again at most every {@link #REREAD} so that the hot paths do not touch the
 * disk; an unreadable shift keeps the last good one rather than jumping back in time.
 */
public final class ShiftedClock extends Clock {

    static final Duration REREAD = Duration.ofMillis(200);

    private final Clock base;
    private final Path offsetFile;
    private volatile Duration offset = Duration.ZERO;
    private volatile long readAtNanos;
    private volatile boolean read;

    public ShiftedClock(Clock base, Path offsetFile) {
        this.base = base;
        this.offsetFile = offsetFile;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(currentOffset());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("PyGov measures time in UTC");
    }

    Duration currentOffset() {
        long now = System.nanoTime();
        if (!read || now - readAtNanos > REREAD.toNanos()) {
            offset = readOffset(offset);
            readAtNanos = now;
            read = true;
        }
        return offset;
    }

    private Duration readOffset(Duration lastGood) {
        try {
            String text = Files.readString(offsetFile).strip();
            return text.isEmpty() ? Duration.ZERO : Duration.parse(text);
        } catch (NoSuchFileException e) {
            return Duration.ZERO;
        } catch (IOException | DateTimeParseException e) {
            return lastGood;
        }
    }
}
