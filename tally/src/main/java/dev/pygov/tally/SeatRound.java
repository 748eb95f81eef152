package dev.pygov.tally;

import java.util.List;
import java.util.Map;

/**
 * One round of the count: which candidate takes the next place.
 *
 * @param seat             1-based position being filled
 * @param fillsSeat        true for the elected seats, false for rounds that only extend the ranking
 * @param totals           total score (or approvals) of every candidate still in the running
 * @param finalists        candidates advancing to the runoff (STAR), in scoring order
 * @param scoringTieBreaks steps used to pick the finalists
 * @param runoff           the automatic runoff, or null (one candidate left, approval, unresolved)
 * @param winner           who took the place, or null if {@code unresolvedTie} is set
 * @param unresolvedTie    the tie that stopped this round, or null
 */
public record SeatRound(int seat, boolean fillsSeat, Map<String, Long> totals, List<String> finalists,
                        List<TieBreakStep> scoringTieBreaks, Runoff runoff, String winner,
                        UnresolvedTie unresolvedTie) {
    public SeatRound {
        totals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(totals));
        finalists = List.copyOf(finalists);
        scoringTieBreaks = List.copyOf(scoringTieBreaks);
    }
}
