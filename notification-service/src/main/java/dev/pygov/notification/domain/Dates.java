package dev.pygov.notification.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Deadlines as people read them in a notice: day, date, time to the minute and the zone ("Wednesday 17 March 2027, 14:58 UTC"). */
public final class Dates {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    private Dates() {
    }

    public static String readable(Instant instant) {
        return READABLE.format(instant.atOffset(ZoneOffset.UTC));
    }
}
