package dev.pygov.tally;

import java.util.List;

/**
 * A tie neither the protocol nor the final step broke; the caller decides (e.g. by lot or by
 * agreement among the candidates, as the rules allow) and recounts with a final step.
 *
 * @param seat       the seat (or ranking position) being decided
 * @param stage      {@code scoring round}, {@code automatic runoff} or {@code approval count}
 * @param candidates the candidates still tied
 * @param places     how many of them the stage needs
 */
public record UnresolvedTie(int seat, String stage, List<String> candidates, int places) {
    public UnresolvedTie {
        candidates = List.copyOf(candidates);
    }
}
