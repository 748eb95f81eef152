package dev.pygov.tally.ballots;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams {@code {"candidates":[...],"ballots":[{"name":score,...},...]}} into a
 * {@link BallotBox}, one ballot at a time. {@code candidates} must come before {@code ballots};
 * other fields are ignored. Errors name the ballot (1-based) and the candidate.
 */
public final class JsonBallotReader {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonBallotReader() {
    }

    public static BallotBox read(InputStream in, int maxScore) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            return readAll(parser, maxScore);
        } catch (JsonParseException e) {
            throw new BallotInputException("malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
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
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new BallotInputException(0, "candidate " + (names.size() + 1), "candidate names must be strings");
            }
            String name = parser.getText();
            if (name.isBlank()) {
                throw new BallotInputException(0, "candidate " + (names.size() + 1), "empty candidate name");
            }
            if (names.contains(name)) {
                throw new BallotInputException(0, "candidate " + (names.size() + 1), "duplicate candidate '" + name + "'");
            }
            names.add(name);
        }
        if (names.isEmpty()) {
            throw new BallotInputException("\"candidates\" is empty");
        }
        return names;
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
                String column = "'" + candidate + "'";
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
                    throw new BallotInputException(ballot, column, "malformed number '" + parser.getText() + "'");
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
