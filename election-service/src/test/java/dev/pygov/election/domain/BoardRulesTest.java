package dev.pygov.election.domain;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoardRulesTest {

    private static final Rulebook.Threshold MAJORITY = new Rulebook.Threshold("majority-of-non-abstaining", null);

    @Test
    void aSilentDirectorCountsAsNotInFavourSoOneDirectorAloneNeverPasses() {
        assertThat(BoardRules.decide(1, 0, 0, 4, MAJORITY).passed()).isFalse();
        assertThat(BoardRules.decide(1, 0, 4, 0, MAJORITY).passed()).isTrue(); // the others abstained on the record
        assertThat(BoardRules.decide(3, 0, 0, 2, MAJORITY).passed()).isTrue();
    }

    @Test
    void settledOnlyWhenNothingTheSilentDirectorsCouldDoChangesTheOutcome() {
        assertThat(BoardRules.settled(1, 0, 0, 4, MAJORITY)).isFalse();
        assertThat(BoardRules.settled(3, 0, 0, 2, MAJORITY)).isTrue();
        assertThat(BoardRules.settled(0, 3, 0, 2, MAJORITY)).isTrue();
        assertThat(BoardRules.settled(2, 2, 0, 1, MAJORITY)).isFalse();
        assertThat(BoardRules.settled(2, 1, 1, 0, MAJORITY)).isTrue();
    }

    @Test
    void aResolutionAboutAProposalNamesTheRevisionAndOnlyAskingTheMembersTakesAQuestion() {
        assertThatThrownBy(() -> BoardRules.check("p", "favourable", null, null, null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("revision"));
        assertThatThrownBy(() -> BoardRules.check("p", "favourable", 1, "Adopt?", null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("question"));
        assertThatThrownBy(() -> BoardRules.check("p", "member-vote", 1, " ", null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("question"));
        assertThatThrownBy(() -> BoardRules.check(null, null, 2, null, null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("proposalId"));
        assertThat(BoardRules.check(" p ", "poll", 2, "Which?", List.of("a", "b")))
                .isEqualTo(new BoardRules.Ask("p", "poll", 2, "Which?", List.of("a", "b")));
    }
}
