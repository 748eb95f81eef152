package dev.pygov.commons.rulebook;

import dev.pygov.events.election.RulebookAdopted;
import dev.pygov.rulebook.Rulebook;
import dev.pygov.rulebook.Rulebooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rulebook versions this service knows: the published ones on the classpath, and those a governance change adopted
 * (from election-service's RulebookAdopted events). What starts now follows the version in force now.
 */
@ApplicationScoped
public class RulebookLedger {

    private static final Logger LOG = Logger.getLogger(RulebookLedger.class);

    private final EntityManager em;
    private final Clock clock;

    public RulebookLedger(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Records an adopted version once; a document that does not read as a rulebook is refused loudly, not stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void adopted(RulebookAdopted adopted) {
        Rulebook parsed = Rulebooks.parse(adopted.rulebookJson().getBytes(StandardCharsets.UTF_8));
        if (parsed.version() != adopted.version()) {
            throw new IllegalArgumentException("RulebookAdopted names version " + adopted.version() + " but carries " + parsed.version());
        }
        int inserted = em.createNativeQuery("INSERT INTO rulebook_adopted (version, document, effective_from, adopted_by) "
                        + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (version) DO NOTHING")
                .setParameter(1, adopted.version()).setParameter(2, adopted.rulebookJson())
                .setParameter(3, adopted.effectiveFrom()).setParameter(4, adopted.adoptedByVoteId()).executeUpdate();
        if (inserted == 1) {
            LOG.infof("rulebook version %d in force from %s (vote %s)", adopted.version(), adopted.effectiveFrom(), adopted.adoptedByVoteId());
        }
    }

    /** The version in force now: the latest adopted one already effective, else the seeded one. */
    public Rulebook inForce() {
        return inForceAt(Instant.now(clock));
    }

    public Rulebook inForceAt(Instant at) {
        @SuppressWarnings("unchecked")
        List<String> documents = em.createNativeQuery(
                        "SELECT document FROM rulebook_adopted WHERE effective_from <= ?1 ORDER BY version DESC")
                .setParameter(1, at).setMaxResults(1).getResultList();
        return documents.isEmpty() ? Rulebooks.seeded() : Rulebooks.parse(documents.get(0).getBytes(StandardCharsets.UTF_8));
    }

    /** A version by number, published or adopted, for what recorded the version it started under. */
    public Optional<Rulebook> version(int version) {
        Optional<Rulebook> published = Rulebooks.published(version);
        if (published.isPresent()) {
            return published;
        }
        @SuppressWarnings("unchecked")
        List<String> documents = em.createNativeQuery("SELECT document FROM rulebook_adopted WHERE version = ?1")
                .setParameter(1, version).getResultList();
        return documents.stream().findFirst().map(d -> Rulebooks.parse(d.getBytes(StandardCharsets.UTF_8)));
    }
}
