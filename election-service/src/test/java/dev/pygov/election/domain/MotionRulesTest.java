package dev.pygov.election.domain;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.rulebook.Rulebook;
import dev.pygov.rulebook.Rulebooks;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MotionRulesTest {

    private static final Rulebook RULES = Rulebooks.seeded();
    private static final int SEATS = RULES.council().seats();
    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");

    private static MotionRules.Answer yes(String name) {
        return new MotionRules.Answer(name, "yes", false, false);
    }

    private static MotionRules.Answer no(String name) {
        return new MotionRules.Answer(name, "no", false, false);
    }

    private static MotionRules.Answer silent(String name) {
        return new MotionRules.Answer(name, null, false, false);
    }

    private static Rulebook.Threshold threshold(MotionKind kind) {
        return kind.rule(RULES.councilMotions()).threshold();
    }

    @Test
    void aConflictedCouncillorMayOnlyAbstainAndTheDeclarationCannotBeTakenBack() {
        assertThatThrownBy(() -> MotionRules.checkAnswer("yes", true, false))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.field()).isEqualTo("vote");
                    assertThat(e.slug()).isEqualTo("conflict-of-interest");
                });
        assertThatThrownBy(() -> MotionRules.checkAnswer("no", true, false)).isInstanceOf(ProblemException.class);
        MotionRules.checkAnswer("abstain", true, false);
        MotionRules.checkAnswer("no", false, false);
    }

    @Test
    void onlyYesNoOrAbstainAreAnswersAndTheMissingMemberCannotAnswer() {
        assertThatThrownBy(() -> MotionRules.checkAnswer("maybe", false, false))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("vote"));
        assertThatThrownBy(() -> MotionRules.checkAnswer(null, false, false)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> MotionRules.checkAnswer("abstain", false, true))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("recorded-as-abstaining"));
    }

    @Test
    void aMajorityOfTheNonAbstainingPassesAGeneralMotion() {
        var conflicted = new MotionRules.Answer("Cat", "abstain", true, false);
        var outcome = MotionRules.decide(List.of(yes("Ann"), yes("Ben"), conflicted, no("Dan"), silent("Eli")),
                threshold(MotionKind.GENERAL), SEATS);
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome).extracting(MotionRules.Outcome::yes, MotionRules.Outcome::no, MotionRules.Outcome::abstain,
                MotionRules.Outcome::silent).containsExactly(2, 1, 1, 1);
        assertThat(outcome.explanation()).startsWith("Passed: ").contains("conflict of interest: Cat")
                .contains("recorded as not having voted: Eli");

        assertThat(MotionRules.decide(List.of(yes("Ann"), yes("Ben"), no("Cat"), no("Dan")), threshold(MotionKind.GENERAL), SEATS)
                .passed()).as("a tie is not a majority").isFalse();
    }

    @Test
    void removalNeedsTwoThirdsOfTheSeatsFourToOnePassesThreeToTwoFails() {
        Rulebook.Threshold removal = threshold(MotionKind.REMOVE_COMMUNITY_MEMBER);
        assertThat(MotionRules.decide(List.of(yes("a"), yes("b"), yes("c"), yes("d"), no("e")), removal, SEATS).passed()).isTrue();
        assertThat(MotionRules.decide(List.of(yes("a"), yes("b"), yes("c"), no("d"), no("e")), removal, SEATS).passed()).isFalse();
        // With a seat vacant the threshold is still taken of the seats: four councillors must all agree.
        assertThat(MotionRules.decide(List.of(yes("a"), yes("b"), yes("c"), silent("d")), removal, SEATS).passed()).isFalse();
    }

    @Test
    void theMissingMemberCountsAsAnAbstention() {
        var missing = new MotionRules.Answer("Eli", "abstain", false, true);
        var outcome = MotionRules.decide(List.of(yes("a"), yes("b"), no("c"), silent("d"), missing),
                threshold(MotionKind.REPLACE_OUT_OF_TOUCH), SEATS);
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.abstain()).isEqualTo(1);
        assertThat(outcome.explanation()).contains("out of touch: Eli");
    }

    @Test
    void theDeadlineAndTheOutOfTouchPeriodComeFromTheRulebook() {
        assertThat(MotionRules.deadline(NOW, RULES.councilMotions()))
                .isEqualTo(NOW.plus(Duration.ofDays(RULES.councilMotions().votingDays())));
        Instant longEnough = NOW.minus(Duration.ofDays(RULES.council().outOfTouchDays()));
        MotionRules.checkOutOfTouch(longEnough, NOW, RULES.council());
        assertThatThrownBy(() -> MotionRules.checkOutOfTouch(longEnough.plusSeconds(1), NOW, RULES.council()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("outOfTouchSince"));
        assertThatThrownBy(() -> MotionRules.checkOutOfTouch(null, NOW, RULES.council()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("outOfTouchSince"));
    }
}
