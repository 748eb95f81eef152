package dev.pygov.tally.decision;

import java.util.Locale;

/** Evaluates a yes / no / abstain vote against a threshold and a quorum supplied by the rulebook. */
public final class Decision {
    private Decision() {
    }

    /**
     * @param counts         the votes
     * @param threshold      how many yes votes are needed
     * @param quorum         the share of the electorate that must return a ballot
     * @param electorateSize eligible voters; must be at least the ballots cast
     */
    public static DecisionResult evaluate(VoteCounts counts, Threshold threshold, Quorum quorum, long electorateSize) {
        if (electorateSize < counts.ballotsCast()) {
            throw new IllegalArgumentException("more ballots (" + counts.ballotsCast()
                    + ") than eligible voters (" + electorateSize + ")");
        }
        long quorumNeeded = quorum.ballotsNeeded(electorateSize);
        boolean quorumMet = counts.ballotsCast() >= quorumNeeded;
        long base = threshold.baseSize(counts, electorateSize);
        long yesNeeded = threshold.yesNeeded(base);
        // With nobody voting yes or no, "more than half of zero" would pass on one vote that was never cast.
        boolean enoughYes = counts.yes() >= yesNeeded && counts.yes() > 0;

        String votes = String.format(Locale.ROOT, "%d yes, %d no, %d abstain (%d ballots from %d eligible)",
                counts.yes(), counts.no(), counts.abstain(), counts.ballotsCast(), electorateSize);
        String reason;
        if (!quorumMet) {
            reason = String.format(Locale.ROOT, "quorum not met: %d of %d eligible returned a ballot, %d needed (%d/%d); %s",
                    counts.ballotsCast(), electorateSize, quorumNeeded, quorum.numerator(), quorum.denominator(), votes);
        } else {
            String needed = threshold.isFixedCount()
                    ? threshold.describe()
                    : String.format(Locale.ROOT, "%s = %d yes votes of %d", threshold.describe(), yesNeeded, base);
            reason = String.format(Locale.ROOT, "%d yes votes, %s %s; %s",
                    counts.yes(), enoughYes ? "meeting" : "short of", needed, votes);
        }
        return new DecisionResult(quorumMet && enoughYes, reason, counts, electorateSize, quorumNeeded, quorumMet,
                threshold.describe(), base, yesNeeded);
    }
}
