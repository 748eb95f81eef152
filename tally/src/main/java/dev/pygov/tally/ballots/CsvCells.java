package dev.pygov.tally.ballots;

/**
 * Spreadsheet-safe text cells in published ballot files (OWASP "CSV injection"): a cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is a formula to a spreadsheet, so it is written with a
 * leading apostrophe, which spreadsheets show as plain text (as is one that starts with apostrophes before such a
 * character); {@link CsvBallotReader} removes that one apostrophe again, so a recount reads the names that were counted.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The cell as written to a published file. */
    public static String neutralised(String text) {
        return needsApostrophe(text) ? "'" + text : text;
    }

    /** The text a cell stands for: a neutralised cell without its apostrophe, any other cell as it is. */
    public static String restored(String cell) {
        return cell.startsWith("'") && needsApostrophe(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /**
     * Whether the first character after any leading apostrophes starts a formula: so a name that itself starts with
     * an apostrophe before such a character gets one more, and every name reads back as it was.
     */
    private static boolean needsApostrophe(String text) {
        int at = 0;
        while (at < text.length() && text.charAt(at) == '\'') {
            at++;
        }
        if (at == text.length()) {
            return false;
        }
        char first = text.charAt(at);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
