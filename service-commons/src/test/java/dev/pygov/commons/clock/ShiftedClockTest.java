package dev.pygov.commons.clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ShiftedClockTest {

    private static final Instant BASE = Instant.parse("2027-01-01T00:00:00Z");
    private final Clock base = Clock.fixed(BASE, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void withoutAFileTheClockIsNotShifted() {
        assertThat(new ShiftedClock(base, dir.resolve("clock-offset")).instant()).isEqualTo(BASE);
    }

    @Test
    void theDurationInTheFileShiftsTheClockAndALaterShiftIsSeen() throws Exception {
        Path file = Files.writeString(dir.resolve("clock-offset"), "P14DT1H\n");
        ShiftedClock clock = new ShiftedClock(base, file);
        assertThat(clock.instant()).isEqualTo(BASE.plus(Duration.ofDays(14).plusHours(1)));

        Files.writeString(file, "P28D");
        Thread.sleep(ShiftedClock.REREAD.toMillis() + 50);
        assertThat(clock.instant()).isEqualTo(BASE.plus(Duration.ofDays(28)));
    }

    @Test
    void anUnreadableShiftKeepsTheLastGoodOneRatherThanJumpingBack() throws Exception {
        Path file = Files.writeString(dir.resolve("clock-offset"), "P1D");
        ShiftedClock clock = new ShiftedClock(base, file);
        assertThat(clock.instant()).isEqualTo(BASE.plus(Duration.ofDays(1)));

        Files.writeString(file, "one day, please");
        Thread.sleep(ShiftedClock.REREAD.toMillis() + 50);
        assertThat(clock.instant()).isEqualTo(BASE.plus(Duration.ofDays(1)));
    }
}
