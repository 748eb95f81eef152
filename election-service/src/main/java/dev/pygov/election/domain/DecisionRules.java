package dev.pygov.election.domain;

import dev.pygov.rulebook.Rulebook;
import dev.pygov.tally.decision.Decision;
import dev.pygov.tally.decision.DecisionResult;
import dev.pygov.tally.decision.Quorum;
import dev.pygov.tally.decision.Threshold;
import dev.pygov.tally.decision.VoteCounts;

/** The rulebook's words for thresholds and quorums, turned into the counting engine's decision rules. */
public final class DecisionRules {

    /** Quorum shares are kept to a tenth of a percent: 0.5 is 500/1000. */
    private static final long QUORUM_SCALE = 1000;

    private DecisionRules() {
    }

    /**
     * @param rule a rulebook threshold; {@code two-thirds-of-seats} is taken of the electorate, which for a council
     *             motion is the council's seats
     */
    public static Threshold threshold(Rulebook.Threshold rule) {
        return switch (rule.rule()) {
            case "majority-of-non-abstaining" -> Threshold.majorityOfNonAbstaining();
            case "two-thirds-of-votes-cast" -> Threshold.twoThirdsOfVotesCast();
            case "two-thirds-of-voters" -> Threshold.twoThirdsOfVoters();
            case "two-thirds-of-seats" -> Threshold.fractionOfElectorate(2, 3);
            case "fixed-count" -> Threshold.fixedCount(rule.count());
            default -> throw new IllegalArgumentException("unknown threshold rule " + rule.rule());
        };
    }

    public static Quorum quorum(double share) {
        return share <= 0 ? Quorum.none() : Quorum.of(Math.round(share * QUORUM_SCALE), QUORUM_SCALE);
    }

    public static DecisionResult decide(long yes, long no, long abstain, Rulebook.Threshold rule, double quorumShare, long electorate) {
        return Decision.evaluate(new VoteCounts(yes, no, abstain), threshold(rule), quorum(quorumShare), electorate);
    }
}
