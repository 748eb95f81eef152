package dev.pygov.tally.ballots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable, compact store of score ballots: one byte per score, one column per candidate.
 *
 * <p>Column-major layout keeps the per-candidate totals a sequential scan and lets a head-to-head
 * comparison read just the two columns it needs. A ballot that does not mention a candidate scores
 * that candidate 0. Build one with {@link #builder(List, int)}.
 */
public final class BallotBox {
    /** The top score used by STAR elections unless a caller says otherwise. */
    public static final int DEFAULT_MAX_SCORE = 5;

    private final List<String> candidates;
    private final Map<String, Integer> indexByName;
    private final int maxScore;
    private final int ballotCount;
    private final byte[][] columns;

    private BallotBox(List<String> candidates, Map<String, Integer> indexByName, int maxScore,
                      int ballotCount, byte[][] columns) {
        this.candidates = candidates;
        this.indexByName = indexByName;
        this.maxScore = maxScore;
        this.ballotCount = ballotCount;
        this.columns = columns;
    }

    /**
     * Starts a ballot box.
     *
     * @param candidates candidate names, unique, kept exactly as written (trailing spaces included)
     * @param maxScore   the top score a ballot may give (1..127); use 1 for approval ballots
     */
    public static Builder builder(List<String> candidates, int maxScore) {
        return new Builder(candidates, maxScore);
    }

    public List<String> candidates() {
        return candidates;
    }

    public int candidateCount() {
        return candidates.size();
    }

    /** The position of a candidate in {@link #candidates()}, or -1 when unknown. */
    public int indexOf(String candidate) {
        return indexByName.getOrDefault(candidate, -1);
    }

    public String candidate(int index) {
        return candidates.get(index);
    }

    public int maxScore() {
        return maxScore;
    }

    public int ballotCount() {
        return ballotCount;
    }

    /** The score ballot {@code ballot} gives candidate {@code candidate}. */
    public int score(int ballot, int candidate) {
        Objects.checkIndex(ballot, ballotCount);
        return columns[candidate][ballot];
    }

    /**
     * Computes the aggregates a count needs (one pass for totals and maximum-score counts;
     * head-to-head counts on demand). Each call starts afresh, so keep the returned object for
     * the duration of a count.
     */
    public BallotStatistics statistics() {
        return new BallotStatistics(columns, ballotCount, maxScore);
    }

    /** Collects ballots; not thread-safe. Scores are validated as they are added. */
    public static final class Builder {
        private static final int INITIAL_CAPACITY = 1024;

        private final List<String> candidates;
        private final Map<String, Integer> indexByName;
        private final int maxScore;
        private byte[][] columns;
        private int count;

        private Builder(List<String> candidates, int maxScore) {
            Objects.requireNonNull(candidates, "candidates");
            if (candidates.isEmpty()) {
                throw new IllegalArgumentException("an election needs at least one candidate");
            }
            if (maxScore < 1 || maxScore > Byte.MAX_VALUE) {
                throw new IllegalArgumentException("maximum score must be within 1.." + Byte.MAX_VALUE + ", was " + maxScore);
            }
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < candidates.size(); i++) {
                String name = Objects.requireNonNull(candidates.get(i), "candidate name");
                if (name.isBlank()) {
                    throw new IllegalArgumentException("candidate " + (i + 1) + " has an empty name");
                }
                if (index.putIfAbsent(name, i) != null) {
                    throw new IllegalArgumentException("duplicate candidate '" + name + "'");
                }
            }
            this.candidates = Collections.unmodifiableList(new ArrayList<>(candidates));
            this.indexByName = Collections.unmodifiableMap(index);
            this.maxScore = maxScore;
            // Many candidates start with fewer rows each: a header of a million names must not
            // reserve a gigabyte before the first ballot.
            int rows = Math.max(16, Math.min(INITIAL_CAPACITY, (1 << 20) / candidates.size()));
            this.columns = new byte[candidates.size()][rows];
        }

        public List<String> candidates() {
            return candidates;
        }

        public int maxScore() {
            return maxScore;
        }

        /** The position of a candidate, or -1 when unknown. */
        public int indexOf(String candidate) {
            return indexByName.getOrDefault(candidate, -1);
        }

        public int ballotCount() {
            return count;
        }

        /** Adds one ballot; {@code scores[i]} is the score of candidate {@code i}. */
        public Builder addBallot(byte[] scores) {
            checkWidth(scores.length);
            int row = reserveRow();
            for (int c = 0; c < scores.length; c++) {
                checkScore(c, scores[c]);
                columns[c][row] = scores[c];
            }
            count++;
            return this;
        }

        /** Adds one ballot; {@code scores[i]} is the score of candidate {@code i}. */
        public Builder addBallot(int[] scores) {
            checkWidth(scores.length);
            for (int c = 0; c < scores.length; c++) {
                checkScore(c, scores[c]);
            }
            int row = reserveRow();
            for (int c = 0; c < scores.length; c++) {
                columns[c][row] = (byte) scores[c];
            }
            count++;
            return this;
        }

        /** Adds one ballot given as candidate name to score; candidates left out score 0. */
        public Builder addBallot(Map<String, Integer> scoresByCandidate) {
            int[] scores = new int[candidates.size()];
            for (Map.Entry<String, Integer> entry : scoresByCandidate.entrySet()) {
                int index = indexOf(entry.getKey());
                if (index < 0) {
                    throw new IllegalArgumentException("unknown candidate '" + entry.getKey() + "'");
                }
                scores[index] = Objects.requireNonNull(entry.getValue(), "score");
            }
            return addBallot(scores);
        }

        public BallotBox build() {
            byte[][] trimmed = new byte[columns.length][];
            for (int c = 0; c < columns.length; c++) {
                trimmed[c] = columns[c].length == count ? columns[c] : Arrays.copyOf(columns[c], count);
            }
            return new BallotBox(candidates, indexByName, maxScore, count, trimmed);
        }

        private void checkWidth(int width) {
            if (width != candidates.size()) {
                throw new IllegalArgumentException("ballot has " + width + " scores but there are "
                        + candidates.size() + " candidates");
            }
        }

        private void checkScore(int candidate, int score) {
            if (score < 0 || score > maxScore) {
                throw new IllegalArgumentException("score " + score + " for '" + candidates.get(candidate)
                        + "' is outside 0.." + maxScore);
            }
        }

        private int reserveRow() {
            if (count == columns[0].length) {
                int grown = (int) Math.min(Integer.MAX_VALUE - 8L, columns[0].length * 2L);
                if (grown == count) {
                    throw new IllegalStateException("ballot box is full");
                }
                for (int c = 0; c < columns.length; c++) {
                    columns[c] = Arrays.copyOf(columns[c], grown);
                }
            }
            return count;
        }
    }
}
