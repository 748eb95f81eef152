package dev.pygov.commons.outbox;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** The system clock in UTC; tests and services may replace it with their own {@link Clock} bean. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock utcClock() {
        return Clock.systemUTC();
    }
}
