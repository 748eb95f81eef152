package dev.pygov.tally.star;

import dev.pygov.tally.SeatRound;
import dev.pygov.tally.TallyConfig;
import dev.pygov.tally.TallyResult;
import dev.pygov.tally.UnresolvedTie;
import dev.pygov.tally.ballots.BallotBox;
import dev.pygov.tally.ballots.BallotStatistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * STAR and Bloc STAR: run STAR, seat the winner, remove them, repeat with the same ballots. The
 * count continues past the seats until every candidate is placed, because the council's employer
 * limit may pass over elected candidates and reach further down the ranking. STAR is the one-seat
 * case.
 */
public final class BlocStarCount {
    private BlocStarCount() {
    }

    public static TallyResult count(BallotBox box, TallyConfig config) {
        BallotStatistics statistics = box.statistics();
        StarRound round = new StarRound(box, statistics, config.protocol(), config.finalStep());
        List<Integer> running = new ArrayList<>();
        for (int c = 0; c < box.candidateCount(); c++) {
            running.add(c);
        }
        List<String> ranking = new ArrayList<>();
        List<SeatRound> rounds = new ArrayList<>();
        UnresolvedTie seatTie = null;
        UnresolvedTie rankingTie = null;
        for (int place = 1; !running.isEmpty(); place++) {
            boolean fillsSeat = place <= config.seats();
            SeatRound seatRound = round.run(place, fillsSeat, running);
            rounds.add(seatRound);
            if (seatRound.unresolvedTie() != null) {
                if (fillsSeat) {
                    seatTie = seatRound.unresolvedTie();
                } else {
                    rankingTie = seatRound.unresolvedTie();
                }
                break;
            }
            ranking.add(seatRound.winner());
            running.remove(Integer.valueOf(box.indexOf(seatRound.winner())));
        }
        List<String> winners = ranking.subList(0, Math.min(config.seats(), ranking.size()));
        return new TallyResult(config.method(), config.seats(), config.protocol(), config.finalStep().spec(),
                box.maxScore(), box.ballotCount(), box.candidates(), totals(box, statistics), winners, ranking,
                ranking.size() == box.candidateCount(), rounds, seatTie, rankingTie);
    }

    private static Map<String, Long> totals(BallotBox box, BallotStatistics statistics) {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (int c = 0; c < box.candidateCount(); c++) {
            totals.put(box.candidate(c), statistics.total(c));
        }
        return totals;
    }
}
