package dev.pygov.tally.ballots;

/**
 * A ballot file that cannot be counted. The message names where: row and column for CSV,
 * ballot number and candidate for JSON.
 */
public class BallotInputException extends RuntimeException {
    private final long row;
    private final String column;

    public BallotInputException(long row, String column, String problem) {
        super(location(row, column) + problem);
        this.row = row;
        this.column = column;
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
