package dev.pygov.tally.ballots;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generators of ballot files for the fuzz tests: valid files from a model (so the expected
 * ballots are known), the same files with one known fault (so the expected place of the error is
 * known), mutated files (deleted, duplicated, flipped, inserted bytes, truncation, moved lines) and
 * random bytes. Everything is drawn from the {@link Random} passed in, so a seed reproduces a case.
 */
public final class MalformedBallots {
    private MalformedBallots() {
    }

    /** What a sample must give. */
    public enum Kind {
        /** Imports to exactly {@link Sample#candidates()} and {@link Sample#ballots()}. */
        VALID,
        /** Refused with a {@link BallotInputException} at {@link Sample#row()} / {@link Sample#column()}. */
        FAULT,
        /** Either imports (consistently) or is refused with a located {@link BallotInputException}. */
        ANY
    }

    /**
     * One generated file.
     *
     * @param row      expected {@link BallotInputException#row()} for a fault, -1 when not checked
     * @param column   text the exception's column must contain, or null when not checked
     * @param contains text the message must contain, or null
     */
    public record Sample(String description, Kind kind, byte[] bytes, int maxScore, List<String> candidates,
                         List<int[]> ballots, long row, String column, String contains) {
        @Override
        public String toString() {
            return description + " " + kind + " maxScore=" + maxScore + " row=" + row + " column=" + column
                    + " contains=" + contains + " bytes(" + bytes.length + ")=" + preview(bytes);
        }
    }

    private static final String[] NAMES = {"Ada", "Brett", "Carol", "Deb", "Jo Jorgensen ", "Jorgensen, Jo", "Ünïcødé",
            "O\"Neil", "名前", "x", "Line\nBreak", " Lead", "Tab\there", "E"};

    private static final String[] MALFORMED_SCORES = {"x", "2.5", "+1", "1e3", "五", "\t3", "3\t", "--1", "-", "0x5",
            "1 2", "\u00a05", "٣", "1_0", "true", "NaN", "Infinity"};

    // ---------------------------------------------------------------- CSV

    /** A CSV sample of any kind. */
    public static Sample csv(Random random) {
        int pick = random.nextInt(100);
        int maxScore = random.nextInt(4) == 0 ? 1 + random.nextInt(127) : 5;
        if (pick < 12) {
            return validCsv(random, maxScore).toSample("csv valid", Kind.VALID, -1, null, null);
        }
        if (pick < 45) {
            return csvFault(random, maxScore);
        }
        if (pick < 90) {
            CsvModel model = validCsv(random, maxScore);
            byte[] bytes = mutate(random, model.text.getBytes(StandardCharsets.UTF_8));
            return new Sample("csv mutated", Kind.ANY, bytes, maxScore, null, null, -1, null, null);
        }
        return new Sample("random bytes", Kind.ANY, randomBytes(random), maxScore, null, null, -1, null, null);
    }

    /** A valid CSV file, written with a random choice of every allowed spelling. */
    public static final class CsvModel {
        final List<String> candidates;
        final List<int[]> ballots;
        final int maxScore;
        final String text;

        CsvModel(List<String> candidates, List<int[]> ballots, int maxScore, String text) {
            this.candidates = candidates;
            this.ballots = ballots;
            this.maxScore = maxScore;
            this.text = text;
        }

        public String text() {
            return text;
        }

        Sample toSample(String description, Kind kind, long row, String column, String contains) {
            return new Sample(description, kind, text.getBytes(StandardCharsets.UTF_8), maxScore, candidates, ballots,
                    row, column, contains);
        }
    }

    public static List<String> pickNames(Random random, int count) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            names.add(random.nextInt(3) == 0 ? NAMES[random.nextInt(NAMES.length)] : "C" + random.nextInt(50));
        }
        return new ArrayList<>(names);
    }

    public static List<int[]> pickBallots(Random random, int candidates, int maxScore, int count) {
        List<int[]> ballots = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            int[] scores = new int[candidates];
            for (int c = 0; c < candidates; c++) {
                int choice = random.nextInt(4);
                scores[c] = choice == 0 ? 0 : choice == 1 ? maxScore : random.nextInt(maxScore + 1);
            }
            ballots.add(scores);
        }
        return ballots;
    }

    public static CsvModel validCsv(Random random, int maxScore) {
        List<String> candidates = pickNames(random, 1 + random.nextInt(6));
        return csvFrom(random, candidates, pickBallots(random, candidates.size(), maxScore, random.nextInt(12)), maxScore);
    }

    public static CsvModel csvFrom(Random random, List<String> candidates, List<int[]> ballots, int maxScore) {
        StringBuilder text = new StringBuilder();
        if (random.nextInt(5) == 0) {
            text.append('\uFEFF');
        }
        boolean metadata = random.nextInt(5) == 0;
        List<String> header = new ArrayList<>();
        if (metadata) {
            header.addAll(List.of("voterID", "voteTime", "pollID"));
        }
        header.addAll(candidates);
        for (int i = 0; i < header.size(); i++) {
            text.append(i > 0 ? "," : "").append(csvName(random, header.get(i)));
        }
        String lineEnd = lineEnd(random);
        for (int[] ballot : ballots) {
            text.append(lineEnd(random, lineEnd));
            while (random.nextInt(12) == 0) {
                text.append(lineEnd(random, lineEnd)); // blank line: skipped
            }
            List<String> cells = new ArrayList<>();
            if (metadata) {
                cells.add("v" + random.nextInt(1000));
                cells.add(random.nextBoolean() ? "\"2023-05-14 12:52:42\"" : "\"a,\"\"b\"\"\"");
                cells.add("9fm5");
            }
            for (int score : ballot) {
                cells.add(scoreCell(random, score));
            }
            if (cells.size() == 1 && cells.get(0).isEmpty()) {
                cells.set(0, "0"); // an empty one-column row is an empty line, which is skipped
            }
            text.append(String.join(",", cells));
        }
        if (random.nextBoolean()) {
            text.append(lineEnd(random, lineEnd));
        }
        return new CsvModel(candidates, ballots, maxScore, text.toString());
    }

    private static String lineEnd(Random random) {
        int pick = random.nextInt(10);
        return pick < 6 ? "\n" : pick < 9 ? "\r\n" : "\r";
    }

    /** Mostly the file's own line end, sometimes another one (mixed line ends). */
    private static String lineEnd(Random random, String usual) {
        return random.nextInt(8) == 0 ? lineEnd(random) : usual;
    }

    static String csvName(Random random, String name) {
        boolean mustQuote = name.contains(",") || name.contains("\"") || name.contains("\n") || name.contains("\r");
        if (mustQuote || random.nextInt(4) == 0) {
            return "\"" + name.replace("\"", "\"\"") + "\"";
        }
        return name;
    }

    private static String scoreCell(Random random, int score) {
        int pick = random.nextInt(10);
        if (score == 0 && pick < 3) {
            return pick == 0 ? "" : pick == 1 ? " " : "\"\"";
        }
        return switch (pick) {
            case 3 -> " " + score + " ";
            case 4 -> "0" + score;
            case 5 -> "\"" + score + "\"";
            case 6 -> "-0".equals("-" + score) ? "-0" : String.valueOf(score);
            default -> String.valueOf(score);
        };
    }

    /** A valid model with exactly one fault whose place is known. */
    static Sample csvFault(Random random, int maxScore) {
        List<String> candidates = pickNames(random, 1 + random.nextInt(6));
        List<int[]> ballots = pickBallots(random, candidates.size(), maxScore, 1 + random.nextInt(8));
        int fault = random.nextInt(10);
        if (fault == 0 || fault == 1) {
            // Header faults: a repeated name or an empty one.
            List<String> header = new ArrayList<>(candidates);
            int at = random.nextInt(header.size() + 1);
            String bad = fault == 0 ? candidates.get(random.nextInt(candidates.size())) : random.nextBoolean() ? "" : "  ";
            header.add(at, bad);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < header.size(); i++) {
                text.append(i > 0 ? "," : "").append(csvName(random, header.get(i)));
            }
            text.append("\n");
            for (int[] ballot : ballots) {
                StringBuilder row = new StringBuilder();
                for (int i = 0; i < header.size(); i++) {
                    row.append(i > 0 ? "," : "").append(random.nextInt(maxScore + 1));
                }
                text.append(row).append("\n");
            }
            // A repeated name is reported at its second occurrence.
            int column = fault == 0 ? header.lastIndexOf(bad) + 1 : at + 1;
            return new Sample(fault == 0 ? "csv duplicate candidate" : "csv empty candidate", Kind.FAULT,
                    text.toString().getBytes(StandardCharsets.UTF_8), maxScore, null, null, 1,
                    column + " (", fault == 0 ? "duplicate candidate" : "empty candidate name");
        }
        // Row faults: write the rows, replacing one cell (or the row's shape) at a chosen ballot.
        int target = random.nextInt(ballots.size());
        int targetColumn = random.nextInt(candidates.size());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < candidates.size(); i++) {
            text.append(i > 0 ? "," : "").append(csvName(random, candidates.get(i)));
        }
        String lineEnd = lineEnd(random);
        long row = 1;
        long faultRow = -1;
        String description = null;
        String contains = null;
        String column = null;
        for (int b = 0; b < ballots.size(); b++) {
            text.append(lineEnd);
            row++;
            if (random.nextInt(10) == 0) {
                text.append(lineEnd);
                row++;
            }
            List<String> cells = new ArrayList<>();
            for (int score : ballots.get(b)) {
                cells.add(String.valueOf(score));
            }
            if (b == target) {
                faultRow = row;
                String name = candidates.get(targetColumn);
                column = (targetColumn + 1) + " (";
                switch (fault) {
                    case 2 -> {
                        String value = switch (random.nextInt(4)) {
                            case 0 -> String.valueOf(maxScore + 1 + random.nextInt(1000));
                            case 1 -> String.valueOf(-1 - random.nextInt(1000));
                            case 2 -> "99999999999999999999";
                            default -> String.valueOf(Integer.MIN_VALUE);
                        };
                        cells.set(targetColumn, value);
                        description = "csv score out of range";
                        contains = "score " + value + " is outside 0.." + maxScore;
                    }
                    case 3 -> {
                        String value = MALFORMED_SCORES[random.nextInt(MALFORMED_SCORES.length)];
                        cells.set(targetColumn, value);
                        description = "csv malformed score";
                        contains = "malformed number";
                    }
                    case 4 -> {
                        // A long cell: more than the importer keeps of a cell.
                        int spaces = 64 + random.nextInt(200);
                        String value = " ".repeat(spaces) + (random.nextBoolean() ? String.valueOf(maxScore + 1) : "1");
                        cells.set(targetColumn, random.nextBoolean() ? value : "\"" + value + "\"");
                        description = "csv long cell";
                        contains = "malformed number";
                    }
                    case 5 -> {
                        cells.add(String.valueOf(random.nextInt(maxScore + 1)));
                        description = "csv too many columns";
                        contains = "more than the " + candidates.size() + " columns";
                        column = null;
                    }
                    case 6 -> {
                        if (cells.size() == 1) {
                            cells.add("1");
                            description = "csv too many columns";
                            contains = "more than the 1 columns";
                        } else {
                            cells.remove(cells.size() - 1);
                            description = "csv too few columns";
                            contains = "only " + cells.size() + " of the " + candidates.size() + " columns";
                        }
                        column = null;
                    }
                    case 7 -> {
                        cells.set(targetColumn, "\"" + cells.get(targetColumn) + "\"" + (random.nextBoolean() ? "x" : " "));
                        description = "csv junk after a closing quote";
                        contains = "after the closing quote";
                    }
                    default -> {
                        // An opening quote never closed: it runs to the end of the file.
                        cells.set(targetColumn, "\"" + cells.get(targetColumn));
                        description = "csv unterminated quote";
                        contains = "unterminated";
                        column = null;
                        text.append(String.join(",", cells));
                        if (random.nextBoolean()) {
                            text.append(lineEnd).append("1,2,3");
                        }
                        return new Sample(description + " " + name, Kind.FAULT,
                                text.toString().getBytes(StandardCharsets.UTF_8), maxScore, null, null, faultRow,
                                null, contains);
                    }
                }
            }
            text.append(String.join(",", cells));
        }
        text.append(lineEnd);
        return new Sample(description, Kind.FAULT, text.toString().getBytes(StandardCharsets.UTF_8), maxScore,
                null, null, faultRow, column, contains);
    }

    // ---------------------------------------------------------------- JSON

    /** A JSON sample of any kind. */
    public static Sample json(Random random) {
        int pick = random.nextInt(100);
        int maxScore = random.nextInt(4) == 0 ? 1 + random.nextInt(127) : 5;
        List<String> candidates = pickNames(random, 1 + random.nextInt(6));
        List<int[]> ballots = pickBallots(random, candidates.size(), maxScore, random.nextInt(10));
        if (pick < 12) {
            return new Sample("json valid", Kind.VALID, jsonFrom(random, candidates, ballots, -1, null)
                    .getBytes(StandardCharsets.UTF_8), maxScore, candidates, ballots, -1, null, null);
        }
        if (pick < 50) {
            return jsonFault(random, candidates, ballots, maxScore);
        }
        if (pick < 92) {
            byte[] bytes = mutate(random, jsonFrom(random, candidates, ballots, -1, null).getBytes(StandardCharsets.UTF_8));
            return new Sample("json mutated", Kind.ANY, bytes, maxScore, null, null, -1, null, null);
        }
        return new Sample("json wrong shape", Kind.ANY, wrongShape(random).getBytes(StandardCharsets.UTF_8), maxScore,
                null, null, -1, null, null);
    }

    static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /**
     * A JSON file of the model; {@code faultBallot}/{@code faultText} replace the body of one ballot
     * (0-based) when {@code faultBallot >= 0}.
     */
    public static String jsonFrom(Random random, List<String> candidates, List<int[]> ballots, int faultBallot, String faultText) {
        String space = random.nextBoolean() ? "" : random.nextBoolean() ? " " : "\n  ";
        StringBuilder out = new StringBuilder();
        if (random.nextInt(8) == 0) {
            out.append('\uFEFF');
        }
        out.append("{").append(space);
        if (random.nextInt(4) == 0) {
            out.append("\"title\":").append(space).append("{\"x\":[1,2,{\"y\":null}]},").append(space);
        }
        out.append("\"candidates\":").append(space).append('[');
        for (int i = 0; i < candidates.size(); i++) {
            out.append(i > 0 ? "," + space : "").append(jsonString(candidates.get(i)));
        }
        out.append("],").append(space).append("\"ballots\":").append(space).append('[');
        for (int b = 0; b < ballots.size(); b++) {
            out.append(b > 0 ? "," + space : "");
            if (b == faultBallot) {
                out.append(faultText);
                continue;
            }
            out.append('{');
            boolean first = true;
            for (int c = 0; c < candidates.size(); c++) {
                int score = ballots.get(b)[c];
                if (score == 0 && random.nextBoolean()) {
                    continue; // a candidate left out scores 0
                }
                out.append(first ? "" : ",").append(jsonString(candidates.get(c))).append(':').append(score);
                first = false;
            }
            out.append('}');
        }
        out.append(']').append(space).append('}');
        if (random.nextBoolean()) {
            out.append(random.nextBoolean() ? "\n" : " \r\n ");
        }
        return out.toString();
    }

    static Sample jsonFault(Random random, List<String> candidates, List<int[]> ballots, int maxScore) {
        if (ballots.isEmpty()) {
            ballots = pickBallots(random, candidates.size(), maxScore, 1 + random.nextInt(5));
        }
        int target = random.nextInt(ballots.size());
        String name = candidates.get(random.nextInt(candidates.size()));
        String key = jsonString(name);
        int fault = random.nextInt(16);
        String body;
        String description;
        String contains;
        String column = "'" + name.replace("\n", "\\n").replace("\t", "\\t") + "'";
        switch (fault) {
            case 0 -> {
                String unknown = "Zed" + random.nextInt(10);
                body = "{" + jsonString(unknown) + ":1}";
                column = "'" + unknown + "'";
                description = "json unknown candidate";
                contains = "unknown candidate";
            }
            case 1 -> {
                body = "{" + key + ":1," + key + ":2}";
                description = "json candidate scored twice";
                contains = "scored twice";
            }
            case 2 -> {
                String value = switch (random.nextInt(4)) {
                    case 0 -> String.valueOf(maxScore + 1 + random.nextInt(1000));
                    case 1 -> String.valueOf(-1 - random.nextInt(1000));
                    case 2 -> "99999999999999999999";
                    default -> "-" + "9".repeat(20 + random.nextInt(200));
                };
                body = "{" + key + ":" + value + "}";
                description = "json score out of range";
                contains = (value.length() <= 20 ? "score " + value + " " : "") + "is outside 0.." + maxScore;
            }
            case 3 -> {
                String[] values = {"1.5", "\"3\"", "true", "null", "{}", "[]", "1e2", "[[[[1]]]]", "{\"a\":1}", "-0.0"};
                body = "{" + key + ":" + values[random.nextInt(values.length)] + "}";
                description = "json score not a whole number";
                contains = "malformed number";
            }
            case 4 -> {
                String[] values = {"5", "[]", "\"x\"", "null", "[{}]", "true"};
                body = values[random.nextInt(values.length)];
                column = null;
                description = "json ballot not an object";
                contains = "a ballot must be an object";
            }
            default -> {
                return jsonFileFault(random, candidates, ballots, maxScore, fault);
            }
        }
        String text = jsonFrom(random, candidates, ballots, target, body);
        return new Sample(description, Kind.FAULT, text.getBytes(StandardCharsets.UTF_8), maxScore, null, null,
                target + 1, column, contains);
    }

    /** Faults of the file's shape rather than one ballot. */
    private static Sample jsonFileFault(Random random, List<String> candidates, List<int[]> ballots, int maxScore, int fault) {
        String valid = jsonFrom(random, candidates, ballots, -1, null);
        String ballotsText = valid.substring(valid.indexOf("\"ballots\""), valid.lastIndexOf('}'));
        String candidatesText = valid.substring(valid.indexOf("\"candidates\""), valid.indexOf("\"ballots\""));
        String text;
        String description;
        String contains;
        String column = null;
        switch (fault) {
            case 5 -> {
                text = "{\"candidates\":[\"A\",1]," + "\"ballots\":[]}";
                column = "candidate 2";
                description = "json candidate not a string";
                contains = "must be strings";
            }
            case 6 -> {
                text = "{\"candidates\":[\"A\"," + (random.nextBoolean() ? "\"\"" : "\" \\t\"") + "],\"ballots\":[]}";
                column = "candidate 2";
                description = "json empty candidate";
                contains = "empty candidate name";
            }
            case 7 -> {
                String again = candidates.get(random.nextInt(candidates.size()));
                List<String> doubled = new ArrayList<>(candidates);
                doubled.add(again);
                text = "{\"candidates\":[" + String.join(",", doubled.stream().map(MalformedBallots::jsonString).toList())
                        + "],\"ballots\":[]}";
                column = "candidate " + doubled.size();
                description = "json duplicate candidate";
                contains = "duplicate candidate";
            }
            case 8 -> {
                text = "{" + ballotsText + "," + candidatesText.replaceAll(",\\s*$", "") + "}";
                description = "json ballots before candidates";
                contains = "must come before";
            }
            case 9 -> {
                text = "{" + candidatesText.replaceAll(",\\s*$", "") + "}";
                description = "json no ballots";
                contains = "no \"ballots\" list";
            }
            case 10 -> {
                // A second "candidates" after the ballots would silently replace them.
                text = valid.substring(0, valid.lastIndexOf('}')) + ",\"candidates\":[\"Other\"]}";
                description = "json candidates twice";
                contains = "\"candidates\" given twice";
            }
            case 11 -> {
                text = valid.substring(0, valid.lastIndexOf('}')) + "," + ballotsText + "}";
                description = "json ballots twice";
                contains = "\"ballots\" given twice";
            }
            case 12 -> {
                String[] trailing = {"x", "{}", "]", "}", "{\"candidates\":[\"A\"],\"ballots\":[]}", "0", "\"\""};
                text = valid + trailing[random.nextInt(trailing.length)];
                description = "json content after the object";
                contains = "after the end";
            }
            case 13 -> {
                int depth = 990 + random.nextInt(3000);
                text = "{\"meta\":" + "[".repeat(depth) + "]".repeat(depth) + "," + valid.substring(valid.indexOf('{') + 1);
                description = "json deeply nested ignored field (depth " + depth + ")";
                contains = depth > 1000 ? "nesting depth" : null;
                if (depth <= 999) {
                    return new Sample(description, Kind.VALID, text.getBytes(StandardCharsets.UTF_8), maxScore, candidates,
                            ballots, -1, null, null);
                }
                if (depth == 1000) {
                    return new Sample(description, Kind.ANY, text.getBytes(StandardCharsets.UTF_8), maxScore, null,
                            null, -1, null, null);
                }
            }
            case 14 -> {
                // A number longer than the parser accepts.
                String name = candidates.get(0);
                text = "{\"candidates\":[" + jsonString(name) + "],\"ballots\":[{" + jsonString(name) + ":"
                        + "1".repeat(1001 + random.nextInt(3000)) + "}]}";
                description = "json number too long";
                contains = "line 1";
            }
            default -> {
                // A field name longer than the parser accepts (a string value that long is fine).
                String longName = jsonString("N".repeat(50_001 + random.nextInt(1000)));
                text = random.nextBoolean()
                        ? "{\"candidates\":[" + longName + "],\"ballots\":[{" + longName + ":1}]}"
                        : "{" + longName + ":1,\"candidates\":[\"A\"],\"ballots\":[]}";
                description = "json name too long";
                contains = "line 1";
            }
        }
        return new Sample(description, Kind.FAULT, text.getBytes(StandardCharsets.UTF_8), maxScore, null, null,
                0, column, contains);
    }

    private static String wrongShape(Random random) {
        String[] shapes = {"[]", "[{\"A\":1}]", "\"candidates\"", "42", "null", "true", "{}", "{\"candidates\":{}}",
                "{\"candidates\":\"A\",\"ballots\":[]}", "{\"candidates\":[],\"ballots\":[]}",
                "{\"candidates\":[[\"A\"]],\"ballots\":[]}", "{\"candidates\":[\"A\"],\"ballots\":{}}",
                "{\"candidates\":[\"A\"],\"ballots\":[[1]]}", "{\"candidates\":[\"A\"],\"ballots\":null}",
                "{\"ballots\":[]}", "{\"candidates\":[null],\"ballots\":[]}", "{", "{\"", "{\"candidates\"",
                "{\"candidates\":[", "{\"candidates\":[\"A\"],\"ballots\":[{\"A\":1}", "{'candidates':['A']}",
                "{\"candidates\":[\"A\"],\"ballots\":[{\"A\":1},]}", "{\"candidates\":[\"A\"] /*c*/ ,\"ballots\":[]}",
                "{\"candidates\":[\"A\\u0000\"],\"ballots\":[{\"A\\u0000\":1}]}",
                "{\"candidates\":[\"\\ud800\"],\"ballots\":[]}", "{\"candidates\":[\"A\"],\"ballots\":[{\"A\":01}]}",
                "{\"candidates\":[\"A\"],\"ballots\":[{\"A\":NaN}]}"};
        String shape = shapes[random.nextInt(shapes.length)];
        if (random.nextInt(4) == 0) {
            int depth = 1 + random.nextInt(5000);
            String open = random.nextBoolean() ? "[" : "{\"a\":";
            shape = "{\"x\":" + open.repeat(depth) + (random.nextBoolean() ? "1" : "");
        }
        return shape;
    }

    // ---------------------------------------------------------------- mutation and random bytes

    private static final byte[][] INSERTS = {{','}, {'"'}, {'\n'}, {'\r'}, {'\r', '\n'}, {' '}, {'-'}, {'9'}, {'{'}, {'}'},
            {'['}, {']'}, {':'}, {'\\'}, {0}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF}, {(byte) 0xC3},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, {(byte) 0x80},
            "99999999999999999999".getBytes(StandardCharsets.US_ASCII), "\"\"".getBytes(StandardCharsets.US_ASCII),
            "voterID,".getBytes(StandardCharsets.US_ASCII), "\\u0000".getBytes(StandardCharsets.US_ASCII)};

    /** Applies one to four random mutations. */
    public static byte[] mutate(Random random, byte[] original) {
        byte[] bytes = original;
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            bytes = mutateOnce(random, bytes);
        }
        return bytes;
    }

    private static byte[] mutateOnce(Random random, byte[] bytes) {
        int length = bytes.length;
        int at = length == 0 ? 0 : random.nextInt(length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + 16);
        switch (random.nextInt(12)) {
            case 0 -> { // delete a run
                int n = Math.min(length - at, 1 + random.nextInt(4));
                out.write(bytes, 0, at);
                out.write(bytes, at + n, length - at - n);
            }
            case 1 -> { // duplicate a run
                int n = Math.min(length - at, 1 + random.nextInt(8));
                out.write(bytes, 0, at + n);
                out.write(bytes, at, length - at);
            }
            case 2 -> { // flip a bit
                byte[] copy = bytes.clone();
                if (length > 0) {
                    copy[at] ^= (byte) (1 << random.nextInt(8));
                }
                return copy;
            }
            case 3, 4 -> { // insert a special sequence
                out.write(bytes, 0, at);
                out.writeBytes(INSERTS[random.nextInt(INSERTS.length)]);
                out.write(bytes, at, length - at);
            }
            case 5 -> { // truncate
                return java.util.Arrays.copyOf(bytes, at);
            }
            case 6 -> { // replace a byte with a random one
                byte[] copy = bytes.clone();
                if (length > 0) {
                    copy[at] = (byte) random.nextInt(256);
                }
                return copy;
            }
            case 7 -> { // duplicate, delete or swap whole lines
                List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1)));
                int i = random.nextInt(lines.size());
                int j = random.nextInt(lines.size());
                switch (random.nextInt(3)) {
                    case 0 -> lines.add(i, lines.get(j));
                    case 1 -> lines.remove(i);
                    default -> java.util.Collections.swap(lines, i, j);
                }
                return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
            }
            case 8 -> { // a long run: long line, long cell, long name
                byte filler = (byte) " a9,\"{[\t".charAt(random.nextInt(8));
                int n = random.nextInt(20) == 0 ? 70_000 : 1 + random.nextInt(2000);
                out.write(bytes, 0, at);
                out.writeBytes(repeat(filler, n));
                out.write(bytes, at, length - at);
            }
            case 9 -> { // change line ends
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                String[] ends = {"\n", "\r\n", "\r"};
                return text.replace("\r\n", "\n").replace("\n", ends[random.nextInt(3)]).getBytes(StandardCharsets.ISO_8859_1);
            }
            case 10 -> { // a digit becomes another number
                String[] numbers = {"-1", "6", "128", "255", "256", "-128", "2147483648", "1e9", "0.5", " ", ""};
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                int digit = indexOfDigit(text, at);
                if (digit < 0) {
                    return bytes;
                }
                return (text.substring(0, digit) + numbers[random.nextInt(numbers.length)] + text.substring(digit + 1))
                        .getBytes(StandardCharsets.ISO_8859_1);
            }
            default -> { // prefix: BOM, whitespace, or a lot of whitespace
                String[] prefixes = {"\uFEFF", "\uFEFF\uFEFF", " ", "\n\n", "\t", "\r\n"};
                if (random.nextInt(10) == 0) {
                    out.writeBytes(repeat((byte) ' ', 70_000));
                } else {
                    out.writeBytes(prefixes[random.nextInt(prefixes.length)].getBytes(StandardCharsets.UTF_8));
                }
                out.write(bytes, 0, length);
            }
        }
        return out.toByteArray();
    }

    private static int indexOfDigit(String text, int from) {
        for (int i = 0; i < text.length(); i++) {
            int k = (from + i) % text.length();
            if (Character.isDigit(text.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    private static byte[] repeat(byte b, int n) {
        byte[] run = new byte[n];
        java.util.Arrays.fill(run, b);
        return run;
    }

    /** Random bytes: fully random, or from the CSV/JSON alphabet. */
    public static byte[] randomBytes(Random random) {
        int length = random.nextInt(10) == 0 ? 0 : random.nextInt(300);
        byte[] bytes = new byte[length];
        if (random.nextBoolean()) {
            random.nextBytes(bytes);
        } else {
            byte[] alphabet = "0123456789,\"\r\n -{}[]:AB".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < length; i++) {
                bytes[i] = alphabet[random.nextInt(alphabet.length)];
            }
        }
        return bytes;
    }

    /** The first bytes, escaped, for failure reports. */
    public static String preview(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, 400); i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x20 && b < 0x7F && b != '\\') {
                out.append((char) b);
            } else {
                out.append(String.format("\\x%02x", b));
            }
        }
        return out.append(bytes.length > 400 ? "..." : "").toString();
    }
}
