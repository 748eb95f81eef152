package dev.pygov.election.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pygov.commons.problem.ProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a ballot may say, how ballots are counted, and how a poll reports. Plain Java. */
public final class VoteRules {

    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String ABSTAIN = "abstain";
    public static final List<String> YES_NO_ABSTAIN = List.of(YES, NO, ABSTAIN);

    private static final ObjectMapper JSON = new ObjectMapper();

    private VoteRules() {
    }

    /** Voting is open from openedAt (inclusive) to closesAt (exclusive). */
    public static void requireOpen(Vote vote, Instant now) {
        if (vote.decided() || !now.isBefore(vote.closesAt)) {
            throw ProblemException.conflict("vote-closed", "this vote closed at " + vote.closesAt + " (UTC); ballots are no longer accepted", "voteId");
        }
        if (now.isBefore(vote.openedAt)) {
            throw ProblemException.conflict("vote-not-open", "this vote opens at " + vote.openedAt + " (UTC)", "voteId");
        }
    }

    /**
     * The choice as stored: yes, no or abstain, or exactly one of a poll's options.
     *
     * @param options a poll's options; empty for yes/no/abstain
     * @param field   the request field named when the choice is refused
     */
    public static String choice(String choice, List<String> options, String field) {
        List<String> allowed = options.isEmpty() ? YES_NO_ABSTAIN : options;
        if (choice == null || choice.isBlank()) {
            throw ProblemException.invalid(field, "a choice is needed: one of " + allowed);
        }
        String normalized = options.isEmpty() ? choice.strip().toLowerCase(Locale.ROOT) : choice.strip();
        if (!allowed.contains(normalized)) {
            throw ProblemException.invalid(field, field + " must be one of " + allowed + ", was '" + choice + "'");
        }
        return normalized;
    }

    /** The length of the longest choice a ballot of this vote can hold, in UTF-8 bytes. */
    public static int longestChoice(List<String> options) {
        return (options.isEmpty() ? YES_NO_ABSTAIN : options).stream()
                .mapToInt(option -> option.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).max().orElse(0);
    }

    /** A poll's options as offered: stripped, blanks dropped, each once, in the order given. */
    public static List<String> options(List<String> requested) {
        if (requested == null) {
            return List.of();
        }
        LinkedHashSet<String> cleaned = new LinkedHashSet<>();
        for (String option : requested) {
            if (option != null && !option.isBlank()) {
                cleaned.add(option.strip());
            }
        }
        return List.copyOf(cleaned);
    }

    /** Counts by choice, every allowed choice present (zero when nobody chose it), in the order offered. */
    public static Map<String, Integer> count(List<String> choices, List<String> options) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        (options.isEmpty() ? YES_NO_ABSTAIN : options).forEach(o -> counts.put(o, 0));
        for (String choice : choices) {
            counts.merge(choice, 1, Integer::sum);
        }
        return counts;
    }

    /** A poll decides nothing: its explanation says so, with the numbers. */
    public static String pollExplanation(Map<String, Integer> counts, int ballots, int rollSize) {
        List<String> parts = new ArrayList<>();
        counts.forEach((choice, n) -> parts.add(n + " " + choice));
        return String.format(Locale.ROOT, "non-binding poll: advice to the Board, decides nothing; %s (%d ballots from %d eligible)",
                String.join(", ", parts), ballots, rollSize);
    }

    static String writeList(List<?> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> readList(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored options are not a JSON array", e);
        }
    }

    static String writeCounts(Map<String, Integer> counts) {
        try {
            return JSON.writeValueAsString(counts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Integer> readCounts(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Integer>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored counts are not a JSON object", e);
        }
    }
}
