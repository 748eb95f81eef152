package dev.pygov.tally.council;

/** A candidate given a seat: 1-based seat number in seating order, and the cohort. */
public record SeatedCouncillor(String candidate, int seat, String cohort) {
}
