package dev.pygov.tally.ballots;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

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
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long EVEN_BYTES = 0x00FF00FF00FF00FFL;

    BallotStatistics(byte[][] columns, int ballotCount, int maxScore) {
        this.columns = columns;
        this.ballotCount = ballotCount;
        this.candidateCount = columns.length;
        this.totals = new long[candidateCount];
        this.maxScoreCounts = new long[candidateCount];
        this.preferences = new long[candidateCount * candidateCount];
        java.util.Arrays.fill(preferences, -1);
        for (int c = 0; c < candidateCount; c++) {
            sumColumn(c, maxScore);
        }
    }

    /**
     * Sums a column eight ballots at a time (SWAR: one long holds eight scores). Scores fit in 7
     * bits, so adding 128 - max to a byte sets its top bit exactly when the score equals max,
     * and spreading bytes into 16-bit lanes lets each lane add up 256 longs before it could carry.
     */
    private void sumColumn(int candidate, int maxScore) {
        byte[] column = columns[candidate];
        long maxOffset = LOW_BITS * (128 - maxScore);
        long total = 0;
        long atMax = 0;
        int b = 0;
        int wordsEnd = ballotCount - 7;
        while (b < wordsEnd) {
            long lanes = 0;
            int blockEnd = Math.min(wordsEnd, b + 8 * 256);
            for (; b < blockEnd; b += 8) {
                long scores = (long) LONGS.get(column, b);
                lanes += (scores & EVEN_BYTES) + ((scores >>> 8) & EVEN_BYTES);
                atMax += Long.bitCount((scores + maxOffset) & HIGH_BITS);
            }
            total += (lanes & 0xFFFFL) + ((lanes >>> 16) & 0xFFFFL) + ((lanes >>> 32) & 0xFFFFL) + (lanes >>> 48);
        }
        for (; b < ballotCount; b++) {
            int score = column[b];
            total += score;
            atMax += score == maxScore ? 1 : 0;
        }
        totals[candidate] = total;
        maxScoreCounts[candidate] = atMax;
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
        // Eight ballots per long. Setting each byte's top bit of one side before subtracting the
        // other (and 1 more) can never borrow across bytes, as scores fit in 7 bits; the top bit
        // of a byte then survives exactly when that side scored strictly higher.
        long aAhead = 0;
        long bAhead = 0;
        int i = 0;
        for (int end = ballotCount - 7; i < end; i += 8) {
            long l = (long) LONGS.get(left, i);
            long r = (long) LONGS.get(right, i);
            aAhead += Long.bitCount(((l | HIGH_BITS) - r - LOW_BITS) & HIGH_BITS);
            bAhead += Long.bitCount(((r | HIGH_BITS) - l - LOW_BITS) & HIGH_BITS);
        }
        for (; i < ballotCount; i++) {
            aAhead += left[i] > right[i] ? 1 : 0;
            bAhead += right[i] > left[i] ? 1 : 0;
        }
        preferences[a * candidateCount + b] = aAhead;
        preferences[b * candidateCount + a] = bAhead;
    }
}
