package dev.pygov.election.domain;

import dev.pygov.rulebook.Rulebook;
import dev.pygov.rulebook.Rulebooks;
import jakarta.enterprise.context.ApplicationScoped;

/** The rulebook in force now, and any version an election recorded. */
@ApplicationScoped
public class RulebookService {

    public Rulebook inForce() {
        return version(RulebookInForce.get().version);
    }

    public Rulebook version(int version) {
        return Rulebooks.published(version)
                .orElseThrow(() -> new IllegalStateException("rulebook version " + version + " is not published"));
    }
}
