package dev.pygov.tally;

import java.util.List;

/**
 * The automatic runoff between two finalists.
 *
 * @param first            the finalist with the higher total (listed first in reports)
 * @param second           the other finalist
 * @param firstPreferred   ballots scoring {@code first} above {@code second}
 * @param secondPreferred  ballots scoring {@code second} above {@code first}
 * @param equalSupport     ballots scoring both the same
 * @param tieBreaks        steps used when the preference counts were equal
 * @param winner           the winner, or {@code null} when the tie stayed unresolved
 */
public record Runoff(String first, String second, long firstPreferred, long secondPreferred, long equalSupport,
                     List<TieBreakStep> tieBreaks, String winner) {
    public Runoff {
        tieBreaks = List.copyOf(tieBreaks);
    }
}
