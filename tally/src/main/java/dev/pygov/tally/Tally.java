package dev.pygov.tally;

import dev.pygov.tally.approval.ApprovalCount;
import dev.pygov.tally.ballots.BallotBox;
import dev.pygov.tally.star.BlocStarCount;

/**
 * Entry point of the counting engine.
 *
 * <pre>{@code
 * BallotBox box = BallotBox.builder(List.of("Ada", "Brett", "Carol"), 5)
 *         .addBallot(new int[] {5, 3, 0})
 *         .build();
 * TallyResult result = Tally.run(box, TallyConfig.blocStar(2, TieBreakProtocol.OFFICIAL, FinalStep.none()));
 * if (!result.decided()) { ... result.unresolvedTie() ... }
 * }</pre>
 *
 * <p>Pure function of its inputs: the same ballots and configuration always give the same result.
 */
public final class Tally {
    private Tally() {
    }

    /**
     * Counts the ballots.
     *
     * @throws IllegalArgumentException when the configuration does not fit the ballots: more seats
     *                                  than candidates, or a predefined order that does not list
     *                                  exactly the candidates
     */
    public static TallyResult run(BallotBox box, TallyConfig config) {
        if (config.seats() > box.candidateCount()) {
            throw new IllegalArgumentException("election must fill " + config.seats()
                    + " seats but there are only " + box.candidateCount() + " candidates");
        }
        if (config.finalStep() instanceof FinalStep.PredefinedOrder order) {
            order.requireMatches(box.candidates());
        }
        return switch (config.method()) {
            case STAR, BLOC_STAR -> BlocStarCount.count(box, config);
            case APPROVAL -> ApprovalCount.count(box, config);
        };
    }
}
