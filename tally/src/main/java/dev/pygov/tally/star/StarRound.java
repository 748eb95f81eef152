package dev.pygov.tally.star;

import dev.pygov.tally.FinalStep;
import dev.pygov.tally.Runoff;
import dev.pygov.tally.SeatRound;
import dev.pygov.tally.TieBreakProtocol;
import dev.pygov.tally.TieBreakStep;
import dev.pygov.tally.UnresolvedTie;
import dev.pygov.tally.ballots.BallotBox;
import dev.pygov.tally.ballots.BallotStatistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One STAR count (scoring round, then automatic runoff) among the candidates still in the running. */
final class StarRound {
    static final String SCORING = "scoring round";
    static final String RUNOFF = "automatic runoff";

    private final BallotBox box;
    private final BallotStatistics statistics;
    private final TieBreakLadder ladder;
    private final List<TieBreakRule> scoringRules;
    private final List<TieBreakRule> runoffRules;

    StarRound(BallotBox box, BallotStatistics statistics, TieBreakProtocol protocol, FinalStep finalStep) {
        this.box = box;
        this.statistics = statistics;
        this.ladder = new TieBreakLadder(box, finalStep);
        this.scoringRules = switch (protocol) {
            case OFFICIAL -> List.of(TieBreakRule.headToHeadElimination(statistics),
                    TieBreakRule.maxScoreRatings(statistics));
            case STARVOTE -> List.of(TieBreakRule.headToHeadPoints(statistics),
                    TieBreakRule.maxScoreRatings(statistics));
        };
        // The runoff itself compares preferences; when they are equal both protocols look at the
        // total score, then at maximum-score ratings.
        this.runoffRules = List.of(TieBreakRule.totalScore(statistics), TieBreakRule.maxScoreRatings(statistics));
    }

    SeatRound run(int seat, boolean fillsSeat, List<Integer> running) {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (Integer candidate : running) {
            totals.put(box.candidate(candidate), statistics.total(candidate));
        }
        if (running.size() == 1) {
            String only = box.candidate(running.get(0));
            return new SeatRound(seat, fillsSeat, totals, List.of(only), List.of(), null, only, null);
        }

        Narrowing scoring = Narrowing.highest(running, 2, statistics::total);
        List<Integer> finalists = new ArrayList<>(scoring.advanced());
        List<TieBreakStep> scoringSteps = List.of();
        if (!scoring.resolved()) {
            TieBreakLadder.Outcome outcome = ladder.resolve(SCORING, scoring.stillTied(), scoring.placesLeft(), scoringRules);
            scoringSteps = outcome.steps();
            finalists.addAll(outcome.chosen());
            if (!outcome.decided()) {
                UnresolvedTie tie = new UnresolvedTie(seat, SCORING, ladder.names(outcome.unresolved()), outcome.placesLeft());
                return new SeatRound(seat, fillsSeat, totals, ladder.names(finalists), scoringSteps, null, null, tie);
            }
        }
        // Report the finalists by total score, higher first, whatever order tie-breaks placed them in.
        finalists.sort((a, b) -> Long.compare(statistics.total(b), statistics.total(a)));
        return runoff(seat, fillsSeat, totals, finalists, scoringSteps);
    }

    private SeatRound runoff(int seat, boolean fillsSeat, Map<String, Long> totals, List<Integer> finalists,
                             List<TieBreakStep> scoringSteps) {
        int first = finalists.get(0);
        int second = finalists.get(1);
        long firstPreferred = statistics.prefers(first, second);
        long secondPreferred = statistics.prefers(second, first);
        long equal = statistics.equalSupport(first, second);
        String firstName = box.candidate(first);
        String secondName = box.candidate(second);
        List<String> finalistNames = List.of(firstName, secondName);

        if (firstPreferred != secondPreferred) {
            String winner = firstPreferred > secondPreferred ? firstName : secondName;
            Runoff runoff = new Runoff(firstName, secondName, firstPreferred, secondPreferred, equal, List.of(), winner);
            return new SeatRound(seat, fillsSeat, totals, finalistNames, scoringSteps, runoff, winner, null);
        }
        TieBreakLadder.Outcome outcome = ladder.resolve(RUNOFF, List.of(first, second), 1, runoffRules);
        if (!outcome.decided()) {
            Runoff runoff = new Runoff(firstName, secondName, firstPreferred, secondPreferred, equal, outcome.steps(), null);
            UnresolvedTie tie = new UnresolvedTie(seat, RUNOFF, ladder.names(outcome.unresolved()), outcome.placesLeft());
            return new SeatRound(seat, fillsSeat, totals, finalistNames, scoringSteps, runoff, null, tie);
        }
        String winner = box.candidate(outcome.chosen().get(0));
        Runoff runoff = new Runoff(firstName, secondName, firstPreferred, secondPreferred, equal, outcome.steps(), winner);
        return new SeatRound(seat, fillsSeat, totals, finalistNames, scoringSteps, runoff, winner, null);
    }
}
