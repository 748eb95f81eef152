package dev.pygov.tally.ballots;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Streams a CSV ballot file into a {@link BallotBox}: a header row of candidate names, then one
 * ballot per row; an empty cell scores 0. star.vote exports are recognised by their leading
 * metadata columns ({@code voterID, voteTime, pollID}), which are skipped.
 *
 * <p>Rows are parsed byte by byte straight into the compact store; no per-row objects are made,
 * so files far larger than memory-friendly object graphs can be recounted.
 *
 * <p>A candidate name written spreadsheet-safe ({@link CsvCells}: an apostrophe before a leading {@code = + - @}) is
 * read without that apostrophe.
 *
 * <p>A line ends with LF, CRLF or a lone CR (the three may be mixed). An empty line is skipped but
 * counted, so row numbers are line numbers as long as no quoted cell spans lines.
 */
public final class CsvBallotReader {
    /** Header names star.vote (and similar exports) put before the candidate columns. */
    static final Set<String> METADATA_COLUMNS = Set.of("voterid", "votetime", "pollid", "ballotid", "ip",
            "date", "time", "timestamp", "precinct");

    private static final int BUFFER_SIZE = 1 << 16;
    private static final int MAX_KEPT_CELL = 64;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int position;
    private int limit;
    private long row = 1;
    private final byte[] cell = new byte[MAX_KEPT_CELL];
    private int cellLength;

    private CsvBallotReader(InputStream in) {
        this.in = in;
    }

    /** Reads a whole CSV ballot file. */
    public static BallotBox read(InputStream in, int maxScore) throws IOException {
        return new CsvBallotReader(in).readAll(maxScore);
    }

    private BallotBox readAll(int maxScore) throws IOException {
        skipByteOrderMark();
        boolean emptyFile = peek() < 0;
        List<String> header = readHeader();
        if (header.isEmpty()) {
            throw emptyFile ? new BallotInputException("empty file: no header row of candidate names")
                    : new BallotInputException(1, null, "empty header row: expected the candidate names");
        }
        int metadata = 0;
        while (metadata < header.size() && METADATA_COLUMNS.contains(header.get(metadata).trim().toLowerCase(Locale.ROOT))) {
            metadata++;
        }
        List<String> candidates = header.subList(metadata, header.size()).stream().map(CsvCells::restored).toList();
        checkCandidates(candidates, metadata);
        BallotBox.Builder builder = BallotBox.builder(candidates, maxScore);
        byte[] scores = new byte[candidates.size()];
        int width = header.size();
        while (true) {
            int first = peek();
            if (first < 0) {
                break;
            }
            row++;
            if (first == '\n' || first == '\r') {
                consumeLineEnd();
                continue;
            }
            for (int column = 0; column < width; column++) {
                if (column < metadata) {
                    skipCell(column, header.get(column));
                } else {
                    scores[column - metadata] = (byte) readScore(column, header.get(column), maxScore);
                }
                int next = peek();
                boolean last = column == width - 1;
                if (next == ',') {
                    if (last) {
                        throw new BallotInputException(row, null, "more than the " + width + " columns of the header");
                    }
                    position++;
                } else if (!last) {
                    throw new BallotInputException(row, null, "only " + (column + 1) + " of the " + width + " columns of the header");
                }
            }
            consumeLineEnd();
            builder.addBallot(scores);
        }
        return builder.build();
    }

    private void checkCandidates(List<String> candidates, int metadata) {
        if (candidates.isEmpty()) {
            throw new BallotInputException(1, null, "no candidate columns in the header");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            String name = candidates.get(i);
            String column = describe(metadata + i, name);
            if (name.isBlank()) {
                throw new BallotInputException(1, column, "empty candidate name");
            }
            Integer earlier = seen.putIfAbsent(name, metadata + i + 1);
            if (earlier != null) {
                throw new BallotInputException(1, column, "duplicate candidate '" + BallotInputException.shown(name)
                        + "' (also column " + earlier + ")");
            }
        }
    }

    private static String describe(int column, String name) {
        return (column + 1) + " ('" + BallotInputException.shown(name) + "')";
    }

    private int readScore(int column, String candidate, int maxScore) throws IOException {
        cellLength = 0;
        int c = peek();
        if (c == '"') {
            position++;
            readQuotedInto();
            requireCellEnd(column, candidate);
        } else {
            while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
                keep(c);
                position++;
                c = peek();
            }
        }
        return parseScore(column, candidate, maxScore);
    }

    private int parseScore(int column, String candidate, int maxScore) {
        int start = 0;
        int end = cellLength;
        while (start < end && cell[start] == ' ') {
            start++;
        }
        while (end > start && cell[end - 1] == ' ') {
            end--;
        }
        // Checked first: only the start of a long cell is kept, and spaces there must not read as empty.
        if (cellLength >= MAX_KEPT_CELL) {
            throw malformed(column, candidate);
        }
        if (start == end) {
            return 0;
        }
        boolean negative = cell[start] == '-';
        int digitsFrom = negative ? start + 1 : start;
        if (digitsFrom == end) {
            throw malformed(column, candidate);
        }
        int value = 0;
        boolean capped = false;
        for (int i = digitsFrom; i < end; i++) {
            int digit = cell[i] - '0';
            if (digit < 0 || digit > 9) {
                throw malformed(column, candidate);
            }
            value = value * 10 + digit;
            if (value > 1_000_000) {
                value = 1_000_000;
                capped = true;
            }
        }
        value = negative ? -value : value;
        if (value > maxScore || value < 0) {
            // A capped value is not the number written: show the cell itself.
            String written = capped ? new String(cell, start, end - start, StandardCharsets.US_ASCII) : String.valueOf(value);
            throw new BallotInputException(row, describe(column, candidate),
                    "score " + written + " is outside 0.." + maxScore);
        }
        return value;
    }

    private BallotInputException malformed(int column, String candidate) {
        String text = new String(cell, 0, Math.min(cellLength, MAX_KEPT_CELL), StandardCharsets.UTF_8);
        return new BallotInputException(row, describe(column, candidate), "malformed number '"
                + BallotInputException.shown(text) + "'" + (cellLength >= MAX_KEPT_CELL ? " (cell longer than "
                + (MAX_KEPT_CELL - 1) + " characters)" : ""));
    }

    private void keep(int c) {
        if (cellLength < MAX_KEPT_CELL) {
            cell[cellLength++] = (byte) c;
        } else {
            cellLength = MAX_KEPT_CELL;
        }
    }

    private void readQuotedInto() throws IOException {
        while (true) {
            int c = read();
            if (c < 0) {
                throw new BallotInputException(row, null, "unterminated quoted cell");
            }
            if (c == '"') {
                if (peek() == '"') {
                    position++;
                    keep('"');
                    continue;
                }
                return;
            }
            keep(c);
        }
    }

    /** After a closing quote, only the end of the cell may follow. */
    private void requireCellEnd(int column, String name) throws IOException {
        int next = peek();
        if (next >= 0 && next != ',' && next != '\n' && next != '\r') {
            throw new BallotInputException(row, describe(column, name), "unexpected character after the closing quote");
        }
    }

    private void skipCell(int column, String name) throws IOException {
        int c = peek();
        if (c == '"') {
            position++;
            cellLength = 0;
            readQuotedInto();
            requireCellEnd(column, name);
            return;
        }
        while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
            position++;
            c = peek();
        }
    }

    private List<String> readHeader() throws IOException {
        List<String> names = new ArrayList<>();
        if (peek() < 0) {
            return names;
        }
        ByteArrayOutputStream name = new ByteArrayOutputStream();
        boolean quoted = false;
        while (true) {
            int c = read();
            if (quoted) {
                if (c < 0) {
                    throw new BallotInputException(1, null, "unterminated quoted header cell");
                }
                if (c == '"') {
                    if (peek() == '"') {
                        position++;
                        name.write('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    name.write(c);
                }
                continue;
            }
            if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                names.add(name.toString(StandardCharsets.UTF_8));
                name.reset();
            } else if (c < 0 || c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    position++;
                }
                names.add(name.toString(StandardCharsets.UTF_8));
                if (names.size() == 1 && names.get(0).isEmpty()) {
                    names.clear();
                }
                return names;
            } else {
                name.write(c);
            }
        }
    }

    /** Consumes LF, CRLF or a lone CR (as the header does). */
    private void consumeLineEnd() throws IOException {
        int c = peek();
        if (c == '\r') {
            position++;
            if (peek() == '\n') {
                position++;
            }
        } else if (c == '\n') {
            position++;
        } else if (c >= 0) {
            throw new BallotInputException(row, null, "unexpected character after the last column");
        }
    }

    private void skipByteOrderMark() throws IOException {
        if (peek() == 0xEF && limit - position >= 3 && buffer[position + 1] == (byte) 0xBB && buffer[position + 2] == (byte) 0xBF) {
            position += 3;
        }
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position] & 0xFF;
    }

    private int read() throws IOException {
        int c = peek();
        if (c >= 0) {
            position++;
        }
        return c;
    }

    private boolean fill() throws IOException {
        int n = in.readNBytes(buffer, 0, buffer.length);
        position = 0;
        limit = Math.max(n, 0);
        return limit > 0;
    }
}
