package dev.pygov.devstack.clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClockCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void durationsInDaysHoursMinutesSecondsOrIso() {
        assertEquals(Duration.ofDays(14), ClockCommand.duration("+14d"));
        assertEquals(Duration.ofDays(14), ClockCommand.duration("14d"));
        assertEquals(Duration.ofHours(36), ClockCommand.duration("+1d12h"));
        assertEquals(Duration.ofMinutes(90), ClockCommand.duration("+90m"));
        assertEquals(Duration.ofSeconds(2 * 3600 + 30 * 60 + 15), ClockCommand.duration("+2h30m15s"));
        assertEquals(Duration.ofDays(14).plusHours(1), ClockCommand.duration("P14DT1H"));
        assertEquals(Duration.ofMinutes(5), ClockCommand.duration("+pt5m"));
    }

    @Test
    void theClockNeverMovesBackAndNonsenseIsRefused() {
        for (String wrong : new String[] {"-1d", "+0d", "PT0S", "P-1D", "+", "", "14", "+14x", "+d", "fortnight", "+1h1d"}) {
            assertThrows(IllegalArgumentException.class, () -> ClockCommand.duration(wrong), wrong);
        }
    }

    @Test
    void argumentsNameTheDataDirAndAtMostOneDuration() {
        assertEquals(new ClockCommand.Request(Path.of(".pygov-data"), Optional.empty()), ClockCommand.parse(new String[0]));
        assertEquals(new ClockCommand.Request(Path.of("/tmp/x"), Optional.of(Duration.ofDays(14))),
                ClockCommand.parse(new String[] {"+14d", "--data-dir", "/tmp/x"}));
        assertThrows(IllegalArgumentException.class, () -> ClockCommand.parse(new String[] {"+1d", "+2d"}));
        assertThrows(IllegalArgumentException.class, () -> ClockCommand.parse(new String[] {"--data-dir"}));
    }

    @Test
    void movingWritesTheOffsetTheServicesReadAndPrintsTheNewNow() throws Exception {
        Instant before = Instant.now();
        String printed = run(new ClockCommand.Request(dataDir, Optional.of(Duration.ofDays(14))), 0);
        Instant now = Instant.parse(printed.strip());
        assertFalse(now.isBefore(before.plus(Duration.ofDays(14))), printed);
        assertFalse(now.isAfter(Instant.now().plus(Duration.ofDays(14))), printed);
        assertEquals("PT336H", Files.readString(dataDir.resolve("clock-offset")));

        run(new ClockCommand.Request(dataDir, Optional.of(Duration.ofHours(1))), 0);
        assertEquals(Duration.ofDays(14).plusHours(1), ClockOffset.in(dataDir).offset());
        Instant shown = Instant.parse(run(new ClockCommand.Request(dataDir, Optional.empty()), 0).strip());
        assertTrue(shown.isAfter(now.plus(Duration.ofMinutes(59))), shown.toString());
    }

    @Test
    void withoutADevstackNothingIsWritten() throws Exception {
        run(new ClockCommand.Request(dataDir.resolve("missing"), Optional.of(Duration.ofDays(1))), 1);
        assertFalse(Files.exists(dataDir.resolve("missing")));
    }

    private static String run(ClockCommand.Request request, int expectedStatus) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ClockCommand.run(request, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(expectedStatus, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
