package dev.pygov.tally;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The last resort once a tie-break protocol cannot separate candidates.
 *
 * <ul>
 *   <li>{@code none}: report the tie, the caller decides;</li>
 *   <li>{@code order:A,B,C}: a predefined permutation, the candidate listed earliest wins;</li>
 *   <li>{@code seed:HEX}: a reproducible draw, see {@link SeededDraw}.</li>
 * </ul>
 */
public sealed interface FinalStep permits FinalStep.None, FinalStep.PredefinedOrder, FinalStep.SeededDraw {

    /** The textual form accepted by {@link #parse(String)}. */
    String spec();

    /**
     * Orders tied candidates, most favoured first.
     *
     * @throws IllegalStateException for {@link None}, which never decides
     */
    List<String> priority(List<String> tied);

    /** Whether this step can decide a tie at all. */
    default boolean decides() {
        return true;
    }

    static FinalStep none() {
        return None.INSTANCE;
    }

    static FinalStep order(List<String> permutation) {
        return new PredefinedOrder(permutation);
    }

    static FinalStep seed(String hex) {
        return new SeededDraw(hex);
    }

    /** Parses {@code none}, {@code order:A,B,C} or {@code seed:HEX}. */
    static FinalStep parse(String spec) {
        if (spec == null || spec.equals("none")) {
            return none();
        }
        if (spec.startsWith("order:")) {
            return order(List.of(spec.substring("order:".length()).split(",", -1)));
        }
        if (spec.startsWith("seed:")) {
            return seed(spec.substring("seed:".length()));
        }
        throw new IllegalArgumentException("unknown final step '" + spec + "' (expected none, order:A,B,C or seed:HEX)");
    }

    /** Leaves the tie unresolved. */
    enum None implements FinalStep {
        INSTANCE;

        @Override
        public String spec() {
            return "none";
        }

        @Override
        public List<String> priority(List<String> tied) {
            throw new IllegalStateException("final step 'none' does not break ties");
        }

        @Override
        public boolean decides() {
            return false;
        }
    }

    /** Among tied candidates, the one listed earliest wins. Must list every candidate exactly once. */
    record PredefinedOrder(List<String> permutation) implements FinalStep {
        public PredefinedOrder {
            permutation = List.copyOf(permutation);
            if (permutation.isEmpty()) {
                throw new IllegalArgumentException("tiebreaker list must not be empty");
            }
            Set<String> seen = new LinkedHashSet<>();
            for (String name : permutation) {
                if (!seen.add(name)) {
                    throw new IllegalArgumentException("candidate '" + name + "' listed twice in the tiebreak order");
                }
            }
        }

        /** Checks the permutation names exactly the election's candidates. */
        public void requireMatches(List<String> candidates) {
            List<String> missing = new ArrayList<>(candidates);
            missing.removeAll(permutation);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("candidates list doesn't exactly match ballot, missing " + quoted(missing));
            }
            List<String> extraneous = new ArrayList<>(permutation);
            extraneous.removeAll(candidates);
            if (!extraneous.isEmpty()) {
                throw new IllegalArgumentException("candidates list doesn't exactly match ballot, extraneous " + quoted(extraneous));
            }
        }

        private static String quoted(List<String> names) {
            return names.stream().map(name -> "'" + name + "'")
                    .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        }

        @Override
        public String spec() {
            return "order:" + String.join(",", permutation);
        }

        @Override
        public List<String> priority(List<String> tied) {
            List<String> ordered = new ArrayList<>(tied);
            ordered.sort(Comparator.comparingInt(name -> {
                int position = permutation.indexOf(name);
                if (position < 0) {
                    throw new IllegalArgumentException("candidate '" + name + "' missing from the tiebreak order");
                }
                return position;
            }));
            return ordered;
        }
    }

    /**
     * A reproducible draw from a published seed. Each tied candidate's key is
     * {@code SHA-256(seedBytes || UTF-8(name))}, where {@code seedBytes} is the seed's hex decoded;
     * candidates are ordered by key, compared as unsigned bytes, smallest first.
     */
    record SeededDraw(String hex) implements FinalStep {
        public SeededDraw {
            if (hex == null || hex.isEmpty() || hex.length() % 2 != 0) {
                throw new IllegalArgumentException("seed must be a non-empty, even-length hex string");
            }
            try {
                HexFormat.of().parseHex(hex);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("seed '" + hex + "' is not hex", e);
            }
            hex = hex.toLowerCase(java.util.Locale.ROOT);
        }

        public byte[] seedBytes() {
            return HexFormat.of().parseHex(hex);
        }

        /** The 32-byte key of one candidate. */
        public byte[] key(String candidate) {
            try {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                sha256.update(seedBytes());
                sha256.update(candidate.getBytes(StandardCharsets.UTF_8));
                return sha256.digest();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime provides SHA-256", e);
            }
        }

        @Override
        public String spec() {
            return "seed:" + hex;
        }

        @Override
        public List<String> priority(List<String> tied) {
            List<String> ordered = new ArrayList<>(tied);
            ordered.sort((a, b) -> Arrays.compareUnsigned(key(a), key(b)));
            return ordered;
        }
    }
}
