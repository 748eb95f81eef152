package dev.pygov.tally;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a count, complete enough to publish and to recount from.
 *
 * @param method          counting method
 * @param seats           seats to fill
 * @param protocol        tie-break protocol used
 * @param finalStep       final step used, as {@link FinalStep#spec()}
 * @param maxScore        top score on a ballot
 * @param ballotCount     ballots counted
 * @param candidates      candidates in ballot order
 * @param totals          total score (approvals) per candidate, in ballot order
 * @param winners         elected candidates in seat order (fewer than {@code seats} if a tie stopped the count)
 * @param ranking         the order in which candidates were placed, continuing past the seats
 * @param rankingComplete whether every candidate was placed
 * @param rounds          every round, in order
 * @param unresolvedTie   the tie that prevented filling the seats, or null when decided
 * @param rankingTie      a tie met while ranking past the seats (does not affect the winners), or null
 */
public record TallyResult(Method method, int seats, TieBreakProtocol protocol, String finalStep, int maxScore,
                          long ballotCount, List<String> candidates, Map<String, Long> totals, List<String> winners,
                          List<String> ranking, boolean rankingComplete, List<SeatRound> rounds,
                          UnresolvedTie unresolvedTie, UnresolvedTie rankingTie) {
    public TallyResult {
        candidates = List.copyOf(candidates);
        totals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(totals));
        winners = List.copyOf(winners);
        ranking = List.copyOf(ranking);
        rounds = List.copyOf(rounds);
    }

    /** True when every seat was filled without an unresolved tie. */
    public boolean decided() {
        return unresolvedTie == null;
    }

    /** The rounds that filled elected seats. */
    public List<SeatRound> seatRounds() {
        return rounds.stream().filter(SeatRound::fillsSeat).toList();
    }
}
