package dev.pygov.devstack.clock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

/**
 * How far the services' clock runs ahead of real time on one devstack: the ISO-8601 duration in
 * {@code <data dir>/clock-offset}, which each service reads through {@code pygov.clock.offset-file} (decision 0007).
 * A file, so that only someone on this machine can move time; it only moves forward.
 */
public final class ClockOffset {

    public static final String FILE_NAME = "clock-offset";

    private final Path file;

    public ClockOffset(Path file) {
        this.file = file;
    }

    /** The offset file of the devstack whose data lives in {@code dataDir}. */
    public static ClockOffset in(Path dataDir) {
        return new ClockOffset(dataDir.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    public synchronized Duration offset() {
        try {
            return Files.isRegularFile(file) ? Duration.parse(Files.readString(file).strip()) : Duration.ZERO;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The services' time: real time plus the offset. */
    public Instant now() {
        return Instant.now().plus(offset());
    }

    /** Moves the clock forward by {@code by} (atomically: a service never reads half a file); returns the new now. */
    public synchronized Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("The clock only moves forward: " + by);
        }
        Duration offset = offset().plus(by);
        try {
            Path written = Files.writeString(file.resolveSibling(FILE_NAME + ".tmp"), offset.toString());
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return Instant.now().plus(offset);
    }
}
