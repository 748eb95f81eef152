package dev.pygov.events.election;

import java.time.Instant;

/** A seat filled by an election: its order, who holds it, its cohort and term. */
public record Seat(int order, String personId, String cohort, Instant termEnds) {
}
