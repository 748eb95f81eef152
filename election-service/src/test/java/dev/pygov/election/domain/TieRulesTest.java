package dev.pygov.election.domain;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.rulebook.Rulebooks;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TieRulesTest {

    private static final Instant TIED_AT = Instant.parse("2027-02-01T17:00:00Z");

    @Test
    void theTiedCandidatesHaveTheRulebooksDaysToAgreeBeforeTheDraw() {
        Instant until = TieRules.agreementUntil(TIED_AT, Rulebooks.seeded().councilElection().tieBreak());
        assertThat(until).isEqualTo(TIED_AT.plus(Duration.ofDays(7)));
        assertThatThrownBy(() -> TieRules.mayDraw(until, 2, 0, TIED_AT))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.slug()).isEqualTo("agreement-window-open");
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains(until.toString());
                });
        assertThatThrownBy(() -> TieRules.mayDraw(until, 2, 1, until.minusSeconds(1)))
                .as("one of two declared: the other may still agree").isInstanceOf(ProblemException.class);
        assertThatCode(() -> TieRules.mayDraw(until, 2, 0, until)).as("the window has passed").doesNotThrowAnyException();
        assertThatCode(() -> TieRules.mayDraw(until, 2, 2, TIED_AT)).as("every tied candidate cannot agree").doesNotThrowAnyException();
    }
}
