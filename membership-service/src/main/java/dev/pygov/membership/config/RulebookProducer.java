package dev.pygov.membership.config;

import dev.pygov.rulebook.Rulebook;
import dev.pygov.rulebook.Rulebooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The rulebook in force. Until adopted versions are followed from election-service, that is the seeded one. */
@ApplicationScoped
public class RulebookProducer {

    @Produces
    @Singleton
    Rulebook inForce() {
        return Rulebooks.seeded();
    }
}
