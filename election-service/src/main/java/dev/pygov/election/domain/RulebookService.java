package dev.pygov.election.domain;

import dev.pygov.rulebook.Rulebook;
import dev.pygov.rulebook.Rulebooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The rulebook in force now, and any version something recorded: adopted by a vote (database) or published (classpath). */
@ApplicationScoped
public class RulebookService {

    private final EntityManager em;
    /** Adopted versions never change once stored. */
    private final Map<Integer, Rulebook> adopted = new ConcurrentHashMap<>();

    public RulebookService(EntityManager em) {
        this.em = em;
    }

    public Rulebook inForce() {
        return version(RulebookInForce.get().version);
    }

    public Rulebook version(int version) {
        return adopted(version).or(() -> Rulebooks.published(version))
                .orElseThrow(() -> new IllegalStateException("rulebook version " + version + " is neither adopted nor published"));
    }

    private Optional<Rulebook> adopted(int version) {
        Rulebook cached = adopted.get(version);
        if (cached != null) {
            return Optional.of(cached);
        }
        AdoptedRulebook row = em.find(AdoptedRulebook.class, version);
        if (row == null) {
            return Optional.empty();
        }
        Rulebook parsed = Rulebooks.parse(row.rulebookJson.getBytes(StandardCharsets.UTF_8));
        adopted.put(version, parsed);
        return Optional.of(parsed);
    }
}
