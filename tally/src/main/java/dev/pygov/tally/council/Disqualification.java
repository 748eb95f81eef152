package dev.pygov.tally.council;

/**
 * A candidate passed over because seating them would exceed the employer limit.
 *
 * @param candidate     who was passed over
 * @param rankPosition  1-based position in the ranking
 * @param entity        the top-level entity that would have had too many councillors
 * @param councillorsAlready councillors (continuing and newly seated) already counted for it
 * @param limit         the limit in force
 */
public record Disqualification(String candidate, int rankPosition, String entity, int councillorsAlready, int limit) {
}
