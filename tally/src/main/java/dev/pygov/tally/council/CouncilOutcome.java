package dev.pygov.tally.council;

import dev.pygov.tally.UnresolvedTie;

import java.util.List;

/**
 * Who sits on the council after applying the employer limit to the ranking.
 *
 * @param seated        seated candidates in seat order, with cohorts
 * @param disqualified  every candidate passed over, in ranking order
 * @param unfilledSeats seats left empty for lack of eligible candidates
 * @param pendingTie    when the ranking stopped at an unresolved tie before the seats were
 *                      filled: that tie (resolve it and recount); otherwise null
 */
public record CouncilOutcome(List<SeatedCouncillor> seated, List<Disqualification> disqualified, int unfilledSeats,
                             UnresolvedTie pendingTie) {
    public CouncilOutcome {
        seated = List.copyOf(seated);
        disqualified = List.copyOf(disqualified);
    }
}
