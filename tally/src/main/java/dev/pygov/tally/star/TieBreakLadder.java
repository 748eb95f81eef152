package dev.pygov.tally.star;

import dev.pygov.tally.FinalStep;
import dev.pygov.tally.TieBreakStep;
import dev.pygov.tally.ballots.BallotBox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs tied candidates down a ladder of rules, then the final step, recording every step.
 * Public so the approval count can reuse it; not part of the supported API.
 */
public final class TieBreakLadder {
    private final BallotBox box;
    private final FinalStep finalStep;

    public TieBreakLadder(BallotBox box, FinalStep finalStep) {
        this.box = box;
        this.finalStep = finalStep;
    }

    /**
     * What a ladder decided.
     *
     * @param chosen     candidates placed, in the order they were placed
     * @param unresolved candidates still tied after every rung (empty when decided)
     * @param placesLeft places the unresolved candidates compete for
     * @param steps      the steps taken
     */
    public record Outcome(List<Integer> chosen, List<Integer> unresolved, int placesLeft, List<TieBreakStep> steps) {
        public boolean decided() {
            return unresolved.isEmpty();
        }
    }

    /** Breaks a tie with no rules but the final step (approval counts). */
    public Outcome finalStepOnly(String stage, List<Integer> tied, int places) {
        return resolve(stage, tied, places, List.of());
    }

    Outcome resolve(String stage, List<Integer> tied, int places, List<TieBreakRule> rules) {
        List<Integer> chosen = new ArrayList<>();
        List<TieBreakStep> steps = new ArrayList<>();
        List<Integer> group = tied;
        int remaining = places;
        for (TieBreakRule rule : rules) {
            Map<Integer, Long> values = new LinkedHashMap<>();
            Narrowing narrowing = rule.apply(group, remaining, values);
            steps.add(new TieBreakStep(stage, rule.name(), remaining, names(group), named(values),
                    names(narrowing.advanced()), names(narrowing.stillTied())));
            chosen.addAll(narrowing.advanced());
            if (narrowing.resolved()) {
                return new Outcome(chosen, List.of(), 0, steps);
            }
            group = narrowing.stillTied();
            remaining = narrowing.placesLeft();
        }
        if (!finalStep.decides()) {
            return new Outcome(chosen, group, remaining, steps);
        }
        List<String> priority = finalStep.priority(names(group));
        List<Integer> picked = new ArrayList<>();
        for (String name : priority.subList(0, remaining)) {
            picked.add(box.indexOf(name));
        }
        List<Integer> notPicked = new ArrayList<>(group);
        notPicked.removeAll(picked);
        steps.add(new TieBreakStep(stage, finalStepRule(), remaining, names(group), Map.of(), names(picked), List.of()));
        chosen.addAll(picked);
        return new Outcome(chosen, List.of(), 0, steps);
    }

    private String finalStepRule() {
        if (finalStep instanceof FinalStep.PredefinedOrder) {
            return "predefined order (" + finalStep.spec() + ")";
        }
        return "seeded draw (" + finalStep.spec() + ")";
    }

    List<String> names(List<Integer> candidates) {
        List<String> names = new ArrayList<>(candidates.size());
        for (Integer candidate : candidates) {
            names.add(box.candidate(candidate));
        }
        return names;
    }

    private Map<String, Long> named(Map<Integer, Long> values) {
        Map<String, Long> named = new LinkedHashMap<>();
        values.forEach((candidate, value) -> named.put(box.candidate(candidate), value));
        return named;
    }
}
