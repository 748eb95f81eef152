package dev.pygov.tally.decision;

import java.util.Objects;

/**
 * How many yes votes a decision needs. Either a fraction of some base ({@code yes > 1/2 of
 * yes+no}, {@code yes >= 2/3 of ballots cast}, ...) or a fixed count ({@code yes >= 4}).
 * Values come from the rulebook; the factories only name the usual ones.
 *
 * @param base          what the fraction is taken of (ignored for a fixed count)
 * @param numerator     fraction numerator (0 for a fixed count)
 * @param denominator   fraction denominator (1 for a fixed count)
 * @param strictlyMore  {@code true}: more than the fraction (a majority); {@code false}: at least
 * @param fixedCount    yes votes needed, or 0 when the threshold is a fraction
 */
public record Threshold(Base base, long numerator, long denominator, boolean strictlyMore, long fixedCount) {

    /** What a fractional threshold is measured against. */
    public enum Base {
        /** yes + no: abstentions are not votes. */
        NON_ABSTAINING,
        /** yes + no + abstain: everyone who returned a ballot. */
        BALLOTS_CAST,
        /** every eligible voter, whether they voted or not. */
        ELECTORATE
    }

    public Threshold {
        Objects.requireNonNull(base, "base");
        if (fixedCount < 0 || numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("invalid threshold");
        }
    }

    /** More than half of yes + no. */
    public static Threshold majorityOfNonAbstaining() {
        return new Threshold(Base.NON_ABSTAINING, 1, 2, true, 0);
    }

    /** At least two thirds of the votes cast, abstentions not being votes (yes + no). */
    public static Threshold twoThirdsOfVotesCast() {
        return new Threshold(Base.NON_ABSTAINING, 2, 3, false, 0);
    }

    /** At least two thirds of the voters: everyone who returned a ballot, abstainers included. */
    public static Threshold twoThirdsOfVoters() {
        return new Threshold(Base.BALLOTS_CAST, 2, 3, false, 0);
    }

    /** At least {@code numerator/denominator} of the whole electorate. */
    public static Threshold fractionOfElectorate(long numerator, long denominator) {
        return new Threshold(Base.ELECTORATE, numerator, denominator, false, 0);
    }

    /** At least {@code yes} yes votes, e.g. 4 (of a 5-member council). */
    public static Threshold fixedCount(long yes) {
        if (yes < 1) {
            throw new IllegalArgumentException("a fixed count needs at least one yes vote");
        }
        return new Threshold(Base.ELECTORATE, 0, 1, false, yes);
    }

    public boolean isFixedCount() {
        return fixedCount > 0;
    }

    /** The size of the base for these counts. */
    public long baseSize(VoteCounts counts, long electorateSize) {
        return switch (base) {
            case NON_ABSTAINING -> counts.nonAbstaining();
            case BALLOTS_CAST -> counts.ballotsCast();
            case ELECTORATE -> electorateSize;
        };
    }

    /** The fewest yes votes that pass, given the base size. */
    public long yesNeeded(long baseSize) {
        if (isFixedCount()) {
            return fixedCount;
        }
        long product = baseSize * numerator;
        // "More than n/d" needs floor(b*n/d) + 1; "at least n/d" needs ceil(b*n/d).
        return strictlyMore ? product / denominator + 1 : (product + denominator - 1) / denominator;
    }

    public String describe() {
        if (isFixedCount()) {
            return "at least " + fixedCount + " yes votes";
        }
        String fraction = numerator + "/" + denominator;
        String of = switch (base) {
            case NON_ABSTAINING -> "of yes and no votes";
            case BALLOTS_CAST -> "of ballots cast";
            case ELECTORATE -> "of the electorate";
        };
        return (strictlyMore ? "more than " : "at least ") + fraction + " " + of;
    }
}
