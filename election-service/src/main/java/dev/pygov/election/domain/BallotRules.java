package dev.pygov.election.domain;

import dev.pygov.commons.problem.ProblemException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks a ballot and writes it in the stored form: scores in ballot order, comma separated. Plain Java. */
public final class BallotRules {

    private BallotRules() {
    }

    /**
     * @param scores       stars by candidate person id; a candidate left out gets 0
     * @param candidateIds the standing candidates in ballot order
     * @param maxScore     the rulebook's top score
     */
    public static int[] scores(Map<String, Integer> scores, List<String> candidateIds, int maxScore) {
        if (scores == null) {
            throw ProblemException.invalid("scores", "a ballot needs scores (0 to " + maxScore + " stars per candidate)");
        }
        int[] ordered = new int[candidateIds.size()];
        for (Map.Entry<String, Integer> entry : scores.entrySet()) {
            int index = candidateIds.indexOf(entry.getKey());
            if (index < 0) {
                throw ProblemException.invalid("scores." + entry.getKey(), "'" + entry.getKey() + "' is not a candidate in this election");
            }
            Integer stars = entry.getValue();
            if (stars == null || stars < 0 || stars > maxScore) {
                throw ProblemException.invalid("scores." + entry.getKey(), "stars must be between 0 and " + maxScore + ", was " + stars);
            }
            ordered[index] = stars;
        }
        return ordered;
    }

    /** The length of the longest stored ballot of an election (every candidate at the top score), in bytes. */
    public static int longestEncoding(int candidates, int maxScore) {
        int[] top = new int[candidates];
        Arrays.fill(top, maxScore);
        return encode(top).length();
    }

    public static String encode(int[] scores) {
        return Arrays.stream(scores).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    public static int[] decode(String stored) {
        return stored.isEmpty() ? new int[0] : Arrays.stream(stored.split(",")).mapToInt(Integer::parseInt).toArray();
    }
}
