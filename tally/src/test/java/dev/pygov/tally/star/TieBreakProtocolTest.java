package dev.pygov.tally.star;

import dev.pygov.tally.FinalStep;
import dev.pygov.tally.Tally;
import dev.pygov.tally.TallyConfig;
import dev.pygov.tally.TallyResult;
import dev.pygov.tally.TieBreakProtocol;
import dev.pygov.tally.TieBreakStep;
import dev.pygov.tally.ballots.BallotBox;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TieBreakProtocolTest {

    /** A, B and C tie at 14 stars. Head to head: B loses to A and C, A and C draw. */
    private static BallotBox threeWayTieForFirst() {
        return BallotBox.builder(List.of("A", "B", "C", "D"), 5)
                .addBallot(new int[] {4, 5, 4, 3})
                .addBallot(new int[] {2, 2, 2, 0})
                .addBallot(new int[] {3, 2, 4, 1})
                .addBallot(new int[] {0, 4, 0, 1})
                .addBallot(new int[] {3, 0, 3, 2})
                .addBallot(new int[] {2, 1, 1, 0})
                .build();
    }

    @Test
    void officialProtocolEliminatesWhoLosesTheMostMatchUps() {
        TallyResult result = Tally.run(threeWayTieForFirst(), TallyConfig.star(TieBreakProtocol.OFFICIAL, FinalStep.none()));

        TieBreakStep step = result.rounds().get(0).scoringTieBreaks().get(0);
        assertThat(step.rule()).startsWith("head-to-head losses");
        assertThat(step.values()).containsEntry("A", 0L).containsEntry("B", 1L).containsEntry("C", 0L);
        assertThat(result.rounds().get(0).finalists()).containsExactlyInAnyOrder("A", "C");
    }

    @Test
    void starvoteProtocolCountsHeadToHeadPointsInstead() {
        TallyResult result = Tally.run(threeWayTieForFirst(), TallyConfig.star(TieBreakProtocol.STARVOTE, FinalStep.none()));

        TieBreakStep step = result.rounds().get(0).scoringTieBreaks().get(0);
        assertThat(step.rule()).isEqualTo("head-to-head points");
        assertThat(step.values()).containsEntry("A", 4L).containsEntry("B", 4L).containsEntry("C", 3L);
        assertThat(result.rounds().get(0).finalists()).containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void officialProtocolFallsBackToMaximumScoresThenTheFinalStep() {
        BallotBox cycle = BallotBox.builder(List.of("A", "B", "C"), 5)
                .addBallot(new int[] {1, 3, 5})
                .addBallot(new int[] {3, 5, 1})
                .addBallot(new int[] {5, 1, 3})
                .build();

        TallyResult unresolved = Tally.run(cycle, TallyConfig.star(TieBreakProtocol.OFFICIAL, FinalStep.none()));
        assertThat(unresolved.decided()).isFalse();
        assertThat(unresolved.unresolvedTie().candidates()).containsExactly("A", "B", "C");
        assertThat(unresolved.unresolvedTie().places()).isEqualTo(2);
        assertThat(unresolved.rounds().get(0).scoringTieBreaks()).extracting(TieBreakStep::rule)
                .containsExactly("head-to-head losses (fewest advance)", "maximum-score ratings");

        TallyResult ordered = Tally.run(cycle, TallyConfig.star(TieBreakProtocol.OFFICIAL, FinalStep.parse("order:C,A,B")));
        assertThat(ordered.rounds().get(0).finalists()).containsExactlyInAnyOrder("C", "A");
        // The order only picks the finalists; A then beats C in the runoff, 2 to 1.
        assertThat(ordered.winners()).containsExactly("A");
    }

    @Test
    void blocStarRanksPastTheSeatsAndKeepsRunoffCounts() {
        BallotBox box = BallotBox.builder(List.of("A", "B", "C"), 5)
                .addBallot(new int[] {5, 4, 0})
                .addBallot(new int[] {5, 4, 1})
                .addBallot(new int[] {0, 5, 3})
                .addBallot(new int[] {4, 4, 0})
                .build();

        TallyResult result = Tally.run(box, TallyConfig.blocStar(1, TieBreakProtocol.OFFICIAL, FinalStep.none()));

        // B has more stars (17 to 14) but A is preferred on more ballots.
        assertThat(result.winners()).containsExactly("A");
        assertThat(result.ranking()).containsExactly("A", "B", "C");
        assertThat(result.rankingComplete()).isTrue();
        var runoff = result.rounds().get(0).runoff();
        assertThat(runoff.first()).isEqualTo("B");
        assertThat(runoff.firstPreferred()).isEqualTo(1);
        assertThat(runoff.secondPreferred()).isEqualTo(2);
        assertThat(runoff.equalSupport()).isEqualTo(1);
        assertThat(result.rounds()).extracting(dev.pygov.tally.SeatRound::fillsSeat).containsExactly(true, false, false);
    }
}
