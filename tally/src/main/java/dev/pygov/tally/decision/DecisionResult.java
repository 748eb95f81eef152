package dev.pygov.tally.decision;

/**
 * A decision's outcome, with the numbers behind it.
 *
 * @param passed         whether the motion carried
 * @param reason         the outcome in words and numbers
 * @param counts         the votes
 * @param electorateSize eligible voters
 * @param quorumNeeded   ballots needed for quorum (0 when none)
 * @param quorumMet      whether enough ballots were returned
 * @param threshold      the threshold applied, in words
 * @param thresholdBase  the number the threshold fraction was taken of
 * @param yesNeeded      the fewest yes votes that pass
 */
public record DecisionResult(boolean passed, String reason, VoteCounts counts, long electorateSize, long quorumNeeded,
                             boolean quorumMet, String threshold, long thresholdBase, long yesNeeded) {
}
