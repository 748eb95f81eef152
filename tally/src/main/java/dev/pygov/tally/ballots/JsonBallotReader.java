package dev.pygov.tally.ballots;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Streams {@code {"candidates":[...],"ballots":[{"name":score,...},...]}} into a
 * {@link BallotBox}, one ballot at a time. {@code candidates} must come before {@code ballots};
 * other fields are ignored, but each of the two may appear only once and nothing may follow the
 * object. Errors name the ballot (1-based) and the candidate; syntax errors, and the parser's limits
 * (nesting depth 1000, numbers of 1000 digits, names of 50,000 characters), name line and column.
 */
public final class JsonBallotReader {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonBallotReader() {
    }

    public static BallotBox read(InputStream in, int maxScore) throws IOException {
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(in);
            BallotBox box = readAll(parser, maxScore);
            JsonLocation end = parser.currentLocation();
            JsonToken after;
            try {
                after = parser.nextToken();
            } catch (JsonProcessingException e) {
                after = JsonToken.NOT_AVAILABLE;
            }
            if (after != null) {
                throw malformed(end, "content after the end of the object");
            }
            return box;
        } catch (JsonProcessingException e) {
            // Syntax errors, numbers beyond a long, and the parser's limits (StreamConstraintsException).
            JsonLocation where = e.getLocation() != null ? e.getLocation() : parser != null ? parser.currentLocation() : null;
            String problem = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            throw malformed(where, problem.replaceAll(", from `[^`]*`", ""));
        } catch (CharConversionException e) {
            // A UTF-16/32 file (detected from its first bytes) with an invalid character.
            throw malformed(parser != null ? parser.currentLocation() : null, "invalid character encoding: " + e.getMessage());
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    private static BallotInputException malformed(JsonLocation where, String problem) {
        long line = where == null ? 1 : Math.max(1, where.getLineNr());
        long column = where == null ? 1 : Math.max(1, where.getColumnNr());
        String shown = problem.length() > 200 ? problem.substring(0, 200) + "..." : problem;
        return new BallotInputException("malformed JSON at line " + line + ", column " + column + ": " + shown);
    }

    private static BallotBox readAll(JsonParser parser, int maxScore) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new BallotInputException("empty file");
        }
        if (first != JsonToken.START_OBJECT) {
            throw new BallotInputException("expected a JSON object with \"candidates\" and \"ballots\"");
        }
        BallotBox.Builder builder = null;
        boolean sawBallots = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if ((field.equals("candidates") && builder != null) || (field.equals("ballots") && sawBallots)) {
                // A second list would silently replace or extend the first.
                throw new BallotInputException("\"" + field + "\" given twice");
            }
            switch (field) {
                case "candidates" -> builder = BallotBox.builder(candidates(parser), maxScore);
                case "ballots" -> {
                    if (builder == null) {
                        throw new BallotInputException("\"candidates\" must come before \"ballots\"");
                    }
                    readBallots(parser, builder);
                    sawBallots = true;
                }
                default -> parser.skipChildren();
            }
        }
        if (builder == null) {
            throw new BallotInputException("no \"candidates\" list");
        }
        if (!sawBallots) {
            throw new BallotInputException("no \"ballots\" list");
        }
        return builder.build();
    }

    private static List<String> candidates(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new BallotInputException("\"candidates\" must be an array of names");
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new BallotInputException(0, "candidate " + (names.size() + 1), "candidate names must be strings");
            }
            String name = parser.getText();
            if (name.isBlank()) {
                throw new BallotInputException(0, "candidate " + (names.size() + 1), "empty candidate name");
            }
            if (!seen.add(name)) {
                throw new BallotInputException(0, "candidate " + (names.size() + 1), "duplicate candidate '"
                        + BallotInputException.shown(name) + "'");
            }
            if (hasUnpairedSurrogate(name)) {
                // Not text: it has no UTF-8 form, which the seeded draw hashes.
                throw new BallotInputException(0, "candidate " + (names.size() + 1), "candidate name is not valid Unicode (unpaired surrogate)");
            }
            names.add(name);
        }
        if (names.isEmpty()) {
            throw new BallotInputException("\"candidates\" is empty");
        }
        return names;
    }

    private static boolean hasUnpairedSurrogate(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static void readBallots(JsonParser parser, BallotBox.Builder builder) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new BallotInputException("\"ballots\" must be an array of objects");
        }
        int candidateCount = builder.candidates().size();
        int[] scores = new int[candidateCount];
        boolean[] given = new boolean[candidateCount];
        long ballot = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            ballot++;
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new BallotInputException(ballot, null, "a ballot must be an object of candidate name to score");
            }
            java.util.Arrays.fill(scores, 0);
            java.util.Arrays.fill(given, false);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String candidate = parser.currentName();
                String column = "'" + BallotInputException.shown(candidate) + "'";
                int index = builder.indexOf(candidate);
                JsonToken value = parser.nextToken();
                if (index < 0) {
                    throw new BallotInputException(ballot, column, "unknown candidate");
                }
                if (given[index]) {
                    throw new BallotInputException(ballot, column, "candidate scored twice on one ballot");
                }
                given[index] = true;
                if (value != JsonToken.VALUE_NUMBER_INT) {
                    throw new BallotInputException(ballot, column, "malformed number '" + BallotInputException.shown(parser.getText()) + "'");
                }
                if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw new BallotInputException(ballot, column, "score " + BallotInputException.shown(parser.getText())
                            + " is outside 0.." + builder.maxScore());
                }
                long score = parser.getLongValue();
                if (score < 0 || score > builder.maxScore()) {
                    throw new BallotInputException(ballot, column, "score " + score + " is outside 0.." + builder.maxScore());
                }
                scores[index] = (int) score;
            }
            builder.addBallot(scores);
        }
    }
}
