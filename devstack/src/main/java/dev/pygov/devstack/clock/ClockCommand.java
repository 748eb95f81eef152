package dev.pygov.devstack.clock;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code pygov-devstack.jar clock [+DURATION] [--data-dir DIR]}: prints the platform's now, after moving it forward
 * by DURATION if one is given. Works on the data directory of a devstack (running or not), never over the network.
 */
public final class ClockCommand {

    public static final String USAGE = """
            Usage: java -jar devstack/target/pygov-devstack.jar clock [+DURATION] [--data-dir DIR]   (or ./start.sh clock ...)

              clock                   print the platform's now (real time plus how far the clock was moved)
              clock +14d              move the clock forward, then print the new now; units d, h, m, s, combined
                                      as in +1d12h, or an ISO-8601 duration such as P14DT1H. Only forward.
              --data-dir DIR          the devstack's data directory (default .pygov-data)
            """;

    private static final Pattern SHORT = Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    /** What was asked: where the devstack's data is, and how far to move (empty: only print). */
    public record Request(Path dataDir, Optional<Duration> by) {
    }

    private ClockCommand() {
    }

    /** @param args what follows {@code clock} on the command line */
    public static Request parse(String[] args) {
        Path dataDir = Path.of(".pygov-data");
        Duration by = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data-dir")) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException("--data-dir needs a value");
                }
                dataDir = Path.of(args[++i]);
            } else if (by == null) {
                by = duration(arg);
            } else {
                throw new IllegalArgumentException("clock takes one duration, not also " + arg);
            }
        }
        return new Request(dataDir, Optional.ofNullable(by));
    }

    /** {@code +14d}, {@code 1d12h}, {@code +90m}, {@code P14DT1H}: a positive amount of time. */
    public static Duration duration(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("-")) {
            throw new IllegalArgumentException("The clock only moves forward, not " + text);
        }
        String unsigned = trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
        Duration duration = null;
        if (unsigned.toUpperCase(Locale.ROOT).startsWith("P")) {
            try {
                duration = Duration.parse(unsigned.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                duration = null;
            }
        } else {
            Matcher matcher = SHORT.matcher(unsigned.toLowerCase(Locale.ROOT));
            if (!unsigned.isEmpty() && matcher.matches()) {
                duration = Duration.ofDays(part(matcher, 1)).plusHours(part(matcher, 2)).plusMinutes(part(matcher, 3))
                        .plusSeconds(part(matcher, 4));
            }
        }
        if (duration == null) {
            throw new IllegalArgumentException("Not a duration: " + text + " (e.g. +14d, +1d12h, +90m, P14DT1H)");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("The clock only moves forward, not " + text);
        }
        return duration;
    }

    /** Runs the request; returns the exit status. */
    public static int run(Request request, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(request.dataDir())) {
            err.println("No devstack data at " + request.dataDir().toAbsolutePath()
                    + ": start the platform first (./start.sh), or name its --data-dir");
            return 1;
        }
        ClockOffset clock = ClockOffset.in(request.dataDir());
        Instant now = request.by().map(clock::advance).orElseGet(clock::now);
        out.println(now);
        err.println("(real time + " + clock.offset() + ")");
        return 0;
    }

    private static long part(Matcher matcher, int group) {
        return matcher.group(group) == null ? 0 : Long.parseLong(matcher.group(group));
    }
}
