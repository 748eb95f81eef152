package dev.pygov.election.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.tally.UnresolvedTie;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * Settles an unresolved tie: every tied candidate confirms the same order (each through their own account), or
 * the Returning Officer reveals the seed committed when voting opened and the seeded draw decides. Either way the
 * election is recounted with the resulting tally final step, which the publication records for recounts.
 */
@ApplicationScoped
public class TieService {

    private final ElectionService elections;
    private final EntityManager em;
    private final ObjectMapper json;

    public TieService(ElectionService elections, EntityManager em, ObjectMapper json) {
        this.elections = elections;
        this.em = em;
        this.json = json;
    }

    /** The tie waiting to be settled, candidates named as on the ballot. */
    public UnresolvedTie pendingTie(Election election) {
        if (election.phase != Phase.TIE_PENDING || election.tieJson == null) {
            throw ProblemException.conflict("no-tie", "this election has no tie waiting to be settled", "electionId");
        }
        try {
            return json.readValue(election.tieJson, UnresolvedTie.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A tied candidate's agreement to an order of the tied candidates (person ids, first wins). Once every tied
     * candidate has agreed to the same order, the election is recounted with it. Returns whether it was.
     */
    @Transactional
    public boolean agree(UUID id, String personId, List<String> order, Instant now) {
        Election election = elections.locked(id);
        PhaseRules.requirePhase(election, Phase.TIE_PENDING);
        List<Candidate> tied = requireTied(election, personId);
        List<String> tiedIds = tied.stream().map(Candidate::personId).toList();
        if (order == null || order.size() != tiedIds.size() || !new HashSet<>(order).equals(new HashSet<>(tiedIds))) {
            throw ProblemException.invalid("order", "the order must list each tied candidate exactly once: " + tiedIds);
        }
        String agreed = String.join(",", order);
        em.createNativeQuery("INSERT INTO tie_agreement (election_id, person_id, agreed_order) VALUES (:e, :p, :o) "
                        + "ON CONFLICT (election_id, person_id) DO UPDATE SET agreed_order = :o")
                .setParameter("e", id).setParameter("p", personId).setParameter("o", agreed).executeUpdate();
        @SuppressWarnings("unchecked")
        List<String> orders = em.createNativeQuery("SELECT agreed_order FROM tie_agreement WHERE election_id = :e")
                .setParameter("e", id).getResultList();
        boolean unanimous = orders.size() == tiedIds.size() && orders.stream().allMatch(agreed::equals);
        if (!unanimous) {
            return false;
        }
        List<String> names = new ArrayList<>();
        for (String tiedId : order) {
            names.add(tied.stream().filter(c -> c.personId().equals(tiedId)).findFirst().orElseThrow().ballotName);
        }
        // The tally needs a permutation of every candidate; the others follow in ballot order and are not tied here.
        Candidate.standing(id).stream().map(c -> c.ballotName).filter(n -> !names.contains(n)).forEach(names::add);
        recount(election, "order:" + String.join(",", names), now);
        return true;
    }

    /** A tied candidate declares that they cannot agree on an order; a later agreement of theirs replaces it. */
    @Transactional
    public void cannotAgree(UUID id, String personId, Instant now) {
        Election election = elections.locked(id);
        PhaseRules.requirePhase(election, Phase.TIE_PENDING);
        requireTied(election, personId);
        em.createNativeQuery("INSERT INTO tie_agreement (election_id, person_id, agreed_order) VALUES (:e, :p, NULL) "
                        + "ON CONFLICT (election_id, person_id) DO UPDATE SET agreed_order = NULL")
                .setParameter("e", id).setParameter("p", personId).executeUpdate();
    }

    /**
     * The Returning Officer reveals the committed seed; the seeded draw settles the tie. Only after the agreement
     * window, or once every tied candidate declared they cannot agree (0524).
     */
    @Transactional
    public void draw(UUID id, String caller, Instant now) {
        Election election = elections.locked(id);
        ElectionService.requireOfficer(election, caller);
        PhaseRules.requirePhase(election, Phase.TIE_PENDING);
        Number declared = (Number) em.createNativeQuery("SELECT count(*) FROM tie_agreement WHERE election_id = :e AND agreed_order IS NULL")
                .setParameter("e", id).getSingleResult();
        TieRules.mayDraw(election.tieAgreementUntil, tiedCandidates(election).size(), declared.intValue(), now);
        election.seedRevealed = true;
        recount(election, "seed:" + election.seed, now);
    }

    private void recount(Election election, String finalStep, Instant now) {
        election.finalStep = finalStep;
        em.createNativeQuery("DELETE FROM tie_agreement WHERE election_id = :e").setParameter("e", election.id).executeUpdate();
        elections.countAndSettle(election, now);
    }

    private List<Candidate> requireTied(Election election, String personId) {
        List<Candidate> tied = tiedCandidates(election);
        if (tied.stream().noneMatch(c -> c.personId().equals(personId))) {
            throw ProblemException.forbidden("not-tied", "only the tied candidates may agree on an order");
        }
        return tied;
    }

    private List<Candidate> tiedCandidates(Election election) {
        List<String> names = pendingTie(election).candidates();
        return Candidate.standing(election.id).stream().filter(c -> names.contains(c.ballotName)).toList();
    }
}
