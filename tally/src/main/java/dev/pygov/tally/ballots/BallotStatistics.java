package dev.pygov.tally.ballots;

/**
 * The aggregates every counting rule needs, derived from a {@link BallotBox}.
 *
 * <p>Totals and maximum-score counts are accumulated in one pass when this object is built.
 * Head-to-head counts are computed per pair on first use and cached: a Bloc STAR count needs
 * about one pair per seat, so scanning all n(n-1)/2 pairs up front would be wasted work.
 * Removing a candidate never changes any of these numbers, which is why Bloc STAR can reuse them
 * for every round.
 */
public final class BallotStatistics {
    private final byte[][] columns;
    private final int ballotCount;
    private final int candidateCount;
    private final long[] totals;
    private final long[] maxScoreCounts;
    private final long[] preferences;

    BallotStatistics(byte[][] columns, int ballotCount, int maxScore) {
        this.columns = columns;
        this.ballotCount = ballotCount;
        this.candidateCount = columns.length;
        this.totals = new long[candidateCount];
        this.maxScoreCounts = new long[candidateCount];
        this.preferences = new long[candidateCount * candidateCount];
        java.util.Arrays.fill(preferences, -1);
        for (int c = 0; c < candidateCount; c++) {
            byte[] column = columns[c];
            long total = 0;
            long atMax = 0;
            for (int b = 0; b < ballotCount; b++) {
                int score = column[b];
                total += score;
                atMax += score == maxScore ? 1 : 0;
            }
            totals[c] = total;
            maxScoreCounts[c] = atMax;
        }
    }

    public int ballotCount() {
        return ballotCount;
    }

    /** Sum of the scores given to a candidate. */
    public long total(int candidate) {
        return totals[candidate];
    }

    /** Number of ballots giving a candidate the maximum score. */
    public long maxScoreCount(int candidate) {
        return maxScoreCounts[candidate];
    }

    /** Number of ballots scoring {@code a} strictly higher than {@code b}. */
    public synchronized long prefers(int a, int b) {
        if (a == b) {
            return 0;
        }
        long cached = preferences[a * candidateCount + b];
        if (cached < 0) {
            comparePair(a, b);
            cached = preferences[a * candidateCount + b];
        }
        return cached;
    }

    /** Number of ballots scoring {@code a} and {@code b} the same. */
    public long equalSupport(int a, int b) {
        return ballotCount - prefers(a, b) - prefers(b, a);
    }

    private void comparePair(int a, int b) {
        byte[] left = columns[a];
        byte[] right = columns[b];
        long aAhead = 0;
        long bAhead = 0;
        for (int i = 0; i < ballotCount; i++) {
            int difference = left[i] - right[i];
            // Branch-free: the sign bit of d (or of -d) is 1 exactly when that side is ahead.
            aAhead += (-difference) >>> 31;
            bAhead += difference >>> 31;
        }
        preferences[a * candidateCount + b] = aAhead;
        preferences[b * candidateCount + a] = bAhead;
    }
}
