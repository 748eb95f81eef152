package dev.pygov.tally;

import java.util.List;
import java.util.Map;

/**
 * One tie-break step and what it decided.
 *
 * @param stage     {@code scoring round}, {@code automatic runoff} or {@code approval count}
 * @param rule      the rule applied, e.g. {@code head-to-head points}, {@code maximum-score ratings}
 * @param places    places the tied candidates competed for
 * @param tied      candidates entering the step
 * @param values    each candidate's number under the rule (empty for the final step)
 * @param advanced  candidates the step placed
 * @param stillTied candidates it could not separate (empty when the tie is broken)
 */
public record TieBreakStep(String stage, String rule, int places, List<String> tied, Map<String, Long> values,
                           List<String> advanced, List<String> stillTied) {
    public TieBreakStep {
        tied = List.copyOf(tied);
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        advanced = List.copyOf(advanced);
        stillTied = List.copyOf(stillTied);
    }
}
