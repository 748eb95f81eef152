package dev.pygov.tally.star;

import dev.pygov.tally.ballots.BallotStatistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One rung of a tie-break ladder: narrows a tied group competing for some places. */
interface TieBreakRule {

    String name();

    /**
     * @param values receives each tied candidate's number under this rule, for the report
     */
    Narrowing apply(List<Integer> tied, int places, Map<Integer, Long> values);

    static TieBreakRule totalScore(BallotStatistics statistics) {
        return metric("total score", (candidate, group) -> statistics.total(candidate));
    }

    static TieBreakRule maxScoreRatings(BallotStatistics statistics) {
        return metric("maximum-score ratings", (candidate, group) -> statistics.maxScoreCount(candidate));
    }

    /** starvote's first scoring-round tiebreaker: a point per ballot per tied rival scored lower. */
    static TieBreakRule headToHeadPoints(BallotStatistics statistics) {
        return metric("head-to-head points", (candidate, group) -> {
            long points = 0;
            for (Integer rival : group) {
                points += statistics.prefers(candidate, rival);
            }
            return points;
        });
    }

    /** The Official Tiebreaker Protocol's scoring-round rung: eliminate who loses the most match-ups. */
    static TieBreakRule headToHeadElimination(BallotStatistics statistics) {
        return new HeadToHeadElimination(statistics);
    }

    interface GroupMetric {
        long value(int candidate, List<Integer> group);
    }

    static TieBreakRule metric(String name, GroupMetric metric) {
        return new TieBreakRule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Narrowing apply(List<Integer> tied, int places, Map<Integer, Long> values) {
                Map<Integer, Long> computed = new LinkedHashMap<>();
                for (Integer candidate : tied) {
                    computed.put(candidate, metric.value(candidate, tied));
                }
                values.putAll(computed);
                return Narrowing.highest(tied, places, computed::get);
            }
        };
    }

    /**
     * Repeatedly removes the candidates who lose the most head-to-head match-ups within the group.
     * When removing all of them would leave too few, the others advance and the group shrinks to
     * just those losers, who are compared among themselves again. Stops when every candidate in the
     * group loses equally often. Reported values are the losses in the first comparison.
     */
    final class HeadToHeadElimination implements TieBreakRule {
        private final BallotStatistics statistics;

        HeadToHeadElimination(BallotStatistics statistics) {
            this.statistics = statistics;
        }

        @Override
        public String name() {
            return "head-to-head losses (fewest advance)";
        }

        @Override
        public Narrowing apply(List<Integer> tied, int places, Map<Integer, Long> values) {
            List<Integer> group = new ArrayList<>(tied);
            List<Integer> advanced = new ArrayList<>();
            boolean first = true;
            while (group.size() > places && places > 0) {
                Map<Integer, Long> losses = losses(group);
                if (first) {
                    values.putAll(losses);
                    first = false;
                }
                long most = losses.values().stream().mapToLong(Long::longValue).max().orElse(0);
                long fewest = losses.values().stream().mapToLong(Long::longValue).min().orElse(0);
                if (most == fewest) {
                    break;
                }
                List<Integer> losers = group.stream().filter(c -> losses.get(c) == most).toList();
                List<Integer> survivors = group.stream().filter(c -> losses.get(c) != most).toList();
                if (survivors.size() >= places) {
                    group = new ArrayList<>(survivors);
                } else {
                    advanced.addAll(survivors);
                    places -= survivors.size();
                    group = new ArrayList<>(losers);
                }
            }
            if (group.size() <= places) {
                advanced.addAll(group);
                return new Narrowing(advanced, List.of(), 0);
            }
            return new Narrowing(advanced, group, places);
        }

        private Map<Integer, Long> losses(List<Integer> group) {
            Map<Integer, Long> losses = new LinkedHashMap<>();
            for (Integer candidate : group) {
                long lost = 0;
                for (Integer rival : group) {
                    if (statistics.prefers(rival, candidate) > statistics.prefers(candidate, rival)) {
                        lost++;
                    }
                }
                losses.put(candidate, lost);
            }
            return losses;
        }
    }
}
