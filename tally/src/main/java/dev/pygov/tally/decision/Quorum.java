package dev.pygov.tally.decision;

/**
 * The share of the electorate that must return a ballot (abstentions count) for the vote to stand.
 *
 * @param numerator   share numerator (0 = no quorum)
 * @param denominator share denominator
 */
public record Quorum(long numerator, long denominator) {
    public Quorum {
        if (numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("invalid quorum " + numerator + "/" + denominator);
        }
    }

    public static Quorum none() {
        return new Quorum(0, 1);
    }

    public static Quorum of(long numerator, long denominator) {
        return new Quorum(numerator, denominator);
    }

    /** Ballots needed: at least {@code numerator/denominator} of the electorate, rounded up. */
    public long ballotsNeeded(long electorateSize) {
        return (electorateSize * numerator + denominator - 1) / denominator;
    }
}
