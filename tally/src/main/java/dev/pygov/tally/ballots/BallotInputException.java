package dev.pygov.tally.ballots;

/**
 * A ballot file that cannot be counted. The message names where: row and column for CSV,
 * ballot number and candidate for JSON. It is always one line: control characters taken from the
 * file (a quoted name with a line break, say) are shown escaped.
 */
public class BallotInputException extends RuntimeException {
    private final long row;
    private final String column;

    public BallotInputException(long row, String column, String problem) {
        super(escapeControls(location(row, column) + problem));
        this.row = row;
        this.column = column == null ? null : escapeControls(column);
    }

    public BallotInputException(String problem) {
        this(0, null, problem);
    }

    /** 1-based row (CSV: the header is row 1; JSON: the ballot number), or 0 when not about one row. */
    public long row() {
        return row;
    }

    /** The column or candidate concerned, or null. */
    public String column() {
        return column;
    }

    /** The longest piece of file text (a name, a cell) a message quotes. */
    static final int SHOWN_LENGTH = 60;

    /** Text from the file as a message shows it: control characters escaped, cut after {@link #SHOWN_LENGTH}. */
    static String shown(String text) {
        String escaped = escapeControls(text);
        if (escaped.codePointCount(0, escaped.length()) <= SHOWN_LENGTH) {
            return escaped;
        }
        return escaped.substring(0, escaped.offsetByCodePoints(0, SHOWN_LENGTH)) + "...";
    }

    static String escapeControls(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isISOControl(c) && c != '\u2028' && c != '\u2029') {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String location(long row, String column) {
        StringBuilder where = new StringBuilder();
        if (row > 0) {
            where.append("row ").append(row);
        }
        if (column != null) {
            where.append(where.length() > 0 ? ", " : "").append("column ").append(column);
        }
        return where.length() > 0 ? where + ": " : "";
    }
}
