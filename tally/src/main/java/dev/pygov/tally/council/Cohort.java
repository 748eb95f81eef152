package dev.pygov.tally.council;

import java.util.List;

/**
 * A block of seats filled in ranking order. A whole-council election under the seed rules is
 * {@code [Cohort("A", 2), Cohort("B", 3)]}; a cohort election is a single cohort.
 */
public record Cohort(String name, int seats) {
    public Cohort {
        if (seats < 0) {
            throw new IllegalArgumentException("cohort " + name + " has negative seats");
        }
    }

    /** The seed's whole-council split: the first two seated form Cohort A, the next three Cohort B. */
    public static List<Cohort> seedWholeCouncil() {
        return List.of(new Cohort("A", 2), new Cohort("B", 3));
    }
}
