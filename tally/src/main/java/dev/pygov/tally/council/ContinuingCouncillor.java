package dev.pygov.tally.council;

import java.util.List;

/** A councillor staying in office through this election; counts toward the employer limit. */
public record ContinuingCouncillor(String name, String cohort, List<Affiliation> affiliations) {
    public ContinuingCouncillor {
        affiliations = List.copyOf(affiliations);
    }
}
