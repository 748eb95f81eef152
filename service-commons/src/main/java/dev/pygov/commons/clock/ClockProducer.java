package dev.pygov.commons.clock;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The clock every rule of the rulebook is measured by: the system clock in UTC. Only the devstack sets
 * {@code pygov.clock.offset-file}, so that system tests can live through a governance year in minutes
 * (decision 0007); tests may replace the bean with their own {@link Clock}.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock utcClock(@ConfigProperty(name = "pygov.clock.offset-file") Optional<Path> offsetFile) {
        return offsetFile.<Clock>map(file -> new ShiftedClock(Clock.systemUTC(), file)).orElseGet(Clock::systemUTC);
    }
}
