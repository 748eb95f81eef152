package dev.pygov.tally.council;

import dev.pygov.tally.TallyResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Seats a council from a ranking under the conflict-of-interest rule: no more than
 * {@code employerLimit} councillors employed by or significantly affiliated with the same
 * top-level entity, continuing councillors included.
 *
 * <p>Walking down the ranking, each candidate is seated unless that would give some entity more
 * than the limit; otherwise they are disqualified and the next candidate moves up. This applies
 * the seed's "the lowest-ranked is disqualified and the next moves up, repeated until a valid
 * council is formed" one seat at a time, which gives the same council.
 */
public final class CouncilRules {
    /** The seed's limit: no more than two councillors per entity. */
    public static final int SEED_EMPLOYER_LIMIT = 2;

    private CouncilRules() {
    }

    /**
     * @param ranking               candidates in ranking order (e.g. {@link TallyResult#ranking()})
     * @param candidateAffiliations each candidate's affiliations (absent means none)
     * @param entities              every entity referenced, with parents
     * @param continuingCouncillors councillors staying in office
     * @param employerLimit         most councillors allowed per top-level entity
     * @param cohorts               seats to fill, in order, by cohort
     */
    public static CouncilOutcome seat(List<String> ranking, Map<String, List<Affiliation>> candidateAffiliations,
                                      List<Entity> entities, List<ContinuingCouncillor> continuingCouncillors,
                                      int employerLimit, List<Cohort> cohorts) {
        if (employerLimit < 0) {
            throw new IllegalArgumentException("employer limit must not be negative");
        }
        EntityTree tree = new EntityTree(entities);
        Map<String, Integer> councillorsPerEntity = new HashMap<>();
        for (ContinuingCouncillor councillor : continuingCouncillors) {
            for (String entity : tree.countedEntities(councillor.affiliations())) {
                councillorsPerEntity.merge(entity, 1, Integer::sum);
            }
        }
        List<String> seatCohorts = new ArrayList<>();
        for (Cohort cohort : cohorts) {
            for (int i = 0; i < cohort.seats(); i++) {
                seatCohorts.add(cohort.name());
            }
        }

        List<SeatedCouncillor> seated = new ArrayList<>();
        List<Disqualification> disqualified = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int position = 0; position < ranking.size() && seated.size() < seatCohorts.size(); position++) {
            String candidate = ranking.get(position);
            if (!seen.add(candidate)) {
                throw new IllegalArgumentException("candidate '" + candidate + "' appears twice in the ranking");
            }
            Set<String> counted = tree.countedEntities(candidateAffiliations.getOrDefault(candidate, List.of()));
            String overLimit = firstOverLimit(counted, councillorsPerEntity, employerLimit);
            if (overLimit != null) {
                disqualified.add(new Disqualification(candidate, position + 1, overLimit,
                        councillorsPerEntity.get(overLimit), employerLimit));
                continue;
            }
            counted.forEach(entity -> councillorsPerEntity.merge(entity, 1, Integer::sum));
            seated.add(new SeatedCouncillor(candidate, seated.size() + 1, seatCohorts.get(seated.size())));
        }
        return new CouncilOutcome(seated, disqualified, seatCohorts.size() - seated.size(), null);
    }

    /**
     * Seats from a count's ranking. If the ranking stopped at an unresolved tie and the seats could
     * not be filled before it, the outcome carries that tie: resolve it and recount.
     */
    public static CouncilOutcome seat(TallyResult result, Map<String, List<Affiliation>> candidateAffiliations,
                                      List<Entity> entities, List<ContinuingCouncillor> continuingCouncillors,
                                      int employerLimit, List<Cohort> cohorts) {
        CouncilOutcome outcome = seat(result.ranking(), candidateAffiliations, entities, continuingCouncillors,
                employerLimit, cohorts);
        var tie = result.unresolvedTie() != null ? result.unresolvedTie() : result.rankingTie();
        if (outcome.unfilledSeats() > 0 && tie != null) {
            return new CouncilOutcome(outcome.seated(), outcome.disqualified(), outcome.unfilledSeats(), tie);
        }
        return outcome;
    }

    private static String firstOverLimit(Set<String> entities, Map<String, Integer> councillors, int limit) {
        for (String entity : entities) {
            if (councillors.getOrDefault(entity, 0) + 1 > limit) {
                return entity;
            }
        }
        return null;
    }

    /** Resolves entities to their top-level parents. */
    private static final class EntityTree {
        private final Map<String, String> parentOf = new HashMap<>();

        EntityTree(List<Entity> entities) {
            for (Entity entity : entities) {
                if (parentOf.containsKey(entity.id())) {
                    throw new IllegalArgumentException("entity '" + entity.id() + "' defined twice");
                }
                parentOf.put(entity.id(), entity.parent());
            }
        }

        /** Top-level entities a set of affiliations counts toward, in affiliation order. */
        Set<String> countedEntities(List<Affiliation> affiliations) {
            Set<String> counted = new LinkedHashSet<>();
            for (Affiliation affiliation : affiliations) {
                if (affiliation.kind().countsTowardLimit()) {
                    counted.add(topLevel(affiliation.entity()));
                }
            }
            return counted;
        }

        String topLevel(String entity) {
            Set<String> visited = new LinkedHashSet<>();
            String current = entity;
            while (true) {
                if (!parentOf.containsKey(current)) {
                    throw new IllegalArgumentException("unknown entity '" + current + "'");
                }
                if (!visited.add(current)) {
                    throw new IllegalArgumentException("entity parents form a cycle: " + visited);
                }
                String parent = parentOf.get(current);
                if (parent == null) {
                    return current;
                }
                current = Objects.requireNonNull(parent);
            }
        }
    }
}
