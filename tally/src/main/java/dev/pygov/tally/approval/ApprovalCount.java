package dev.pygov.tally.approval;

import dev.pygov.tally.SeatRound;
import dev.pygov.tally.TallyConfig;
import dev.pygov.tally.TallyResult;
import dev.pygov.tally.UnresolvedTie;
import dev.pygov.tally.ballots.BallotBox;
import dev.pygov.tally.ballots.BallotStatistics;
import dev.pygov.tally.star.TieBreakLadder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Approval voting (PSF Board style): every ballot approves any number of candidates (score 1);
 * the {@code seats} candidates with the most approvals win. Only a tie across the last seat
 * matters; it goes straight to the final step.
 */
public final class ApprovalCount {
    static final String STAGE = "approval count";

    private ApprovalCount() {
    }

    public static TallyResult count(BallotBox box, TallyConfig config) {
        if (box.maxScore() != 1) {
            throw new IllegalArgumentException("approval ballots must use maximum score 1, was " + box.maxScore());
        }
        BallotStatistics statistics = box.statistics();
        Map<String, Long> approvals = new LinkedHashMap<>();
        List<Integer> byApprovals = new ArrayList<>();
        for (int c = 0; c < box.candidateCount(); c++) {
            approvals.put(box.candidate(c), statistics.total(c));
            byApprovals.add(c);
        }
        byApprovals.sort(Comparator.comparingLong(statistics::total).reversed());

        int seats = config.seats();
        long boundary = statistics.total(byApprovals.get(seats - 1));
        List<Integer> clear = byApprovals.stream().filter(c -> statistics.total(c) > boundary).toList();
        List<Integer> atBoundary = byApprovals.stream().filter(c -> statistics.total(c) == boundary).toList();

        List<Integer> winners = new ArrayList<>(clear);
        TieBreakLadder.Outcome outcome = null;
        UnresolvedTie tie = null;
        if (clear.size() + atBoundary.size() <= seats) {
            winners.addAll(atBoundary);
        } else {
            TieBreakLadder ladder = new TieBreakLadder(box, config.finalStep());
            outcome = ladder.finalStepOnly(STAGE, atBoundary, seats - clear.size());
            winners.addAll(outcome.chosen());
            if (!outcome.decided()) {
                tie = new UnresolvedTie(clear.size() + 1, STAGE, names(box, outcome.unresolved()), outcome.placesLeft());
            }
        }
        List<Integer> ranking = new ArrayList<>(winners);
        byApprovals.stream().filter(c -> !ranking.contains(c)).forEach(ranking::add);
        List<String> winnerNames = tie == null ? names(box, winners) : names(box, clear);
        SeatRound round = new SeatRound(1, true, approvals, List.of(),
                outcome == null ? List.of() : outcome.steps(), null,
                null, tie);
        return new TallyResult(config.method(), seats, config.protocol(), config.finalStep().spec(), box.maxScore(),
                box.ballotCount(), box.candidates(), approvals, winnerNames,
                tie == null ? names(box, ranking) : winnerNames, tie == null, List.of(round), tie, null);
    }

    private static List<String> names(BallotBox box, List<Integer> candidates) {
        return candidates.stream().map(box::candidate).toList();
    }
}
