package dev.pygov.tally.approval;

import dev.pygov.tally.FinalStep;
import dev.pygov.tally.Tally;
import dev.pygov.tally.TallyConfig;
import dev.pygov.tally.TallyResult;
import dev.pygov.tally.ballots.BallotBox;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApprovalCountTest {
    private static BallotBox box() {
        return BallotBox.builder(List.of("Ada", "Brett", "Carol", "Deb"), 1)
                .addBallot(new int[] {1, 1, 0, 0})
                .addBallot(new int[] {1, 0, 1, 0})
                .addBallot(new int[] {1, 1, 1, 0})
                .addBallot(new int[] {0, 0, 0, 1})
                .build();
    }

    @Test
    void mostApprovedWin() {
        TallyResult result = Tally.run(box(), TallyConfig.approval(1, FinalStep.none()));

        assertThat(result.winners()).containsExactly("Ada");
        assertThat(result.totals()).containsEntry("Ada", 3L).containsEntry("Deb", 1L);
    }

    @Test
    void tieAcrossTheLastSeatGoesToTheFinalStep() {
        TallyResult unresolved = Tally.run(box(), TallyConfig.approval(2, FinalStep.none()));
        assertThat(unresolved.decided()).isFalse();
        assertThat(unresolved.winners()).containsExactly("Ada");
        assertThat(unresolved.unresolvedTie().candidates()).containsExactlyInAnyOrder("Brett", "Carol");
        assertThat(unresolved.unresolvedTie().places()).isEqualTo(1);
        assertThat(unresolved.unresolvedTie().seat()).isEqualTo(2);

        TallyResult ordered = Tally.run(box(), TallyConfig.approval(2, FinalStep.parse("order:Deb,Carol,Brett,Ada")));
        assertThat(ordered.winners()).containsExactly("Ada", "Carol");
    }

    @Test
    void tieWhollyInsideTheSeatsNeedsNoTieBreak() {
        TallyResult result = Tally.run(box(), TallyConfig.approval(3, FinalStep.none()));
        assertThat(result.decided()).isTrue();
        assertThat(result.winners()).containsExactlyInAnyOrder("Ada", "Brett", "Carol");
    }

    @Test
    void scoreBallotsAreNotApprovalBallots() {
        BallotBox stars = BallotBox.builder(List.of("A", "B"), 5).addBallot(new int[] {5, 0}).build();
        assertThatThrownBy(() -> Tally.run(stars, TallyConfig.approval(1, FinalStep.none())))
                .hasMessageContaining("maximum score 1");
    }
}
