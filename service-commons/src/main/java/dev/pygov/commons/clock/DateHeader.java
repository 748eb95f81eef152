package dev.pygov.commons.clock;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Every HTTP response carries a {@code Date} header (RFC 9110) read from the service's clock, so that any client,
 * signed in or not, can schedule relative to the platform's time. In production that is the system clock; on the
 * devstack it follows the moved clock (decisions 0007, 0206).
 */
@ApplicationScoped
public class DateHeader {

    private final Clock clock;

    public DateHeader(Clock clock) {
        this.clock = clock;
    }

    void register(@Observes Filters filters) {
        filters.register(routing -> {
            routing.response().headers().set("Date", format(clock.instant()));
            routing.next();
        }, 1000);
    }

    /** IMF-fixdate (RFC 9110 5.6.7), e.g. {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

    public static String format(Instant instant) {
        return IMF_FIXDATE.format(instant.atOffset(ZoneOffset.UTC));
    }
}
