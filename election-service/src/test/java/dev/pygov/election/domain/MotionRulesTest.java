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

    private static MotionRules.Answer abstain(String name) {
        return new MotionRules.Answer(name, "abstain", false, false);
    }

    @Test
    void aMajorityOfTheNonAbstainingPassesAGeneralMotion() {
        var conflicted = new MotionRules.Answer("Cat", "abstain", true, false);
        var outcome = MotionRules.decide(List.of(yes("Ann"), yes("Ben"), conflicted, no("Dan"), yes("Eli")),
                threshold(MotionKind.GENERAL), SEATS, true);
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome).extracting(MotionRules.Outcome::yes, MotionRules.Outcome::no, MotionRules.Outcome::abstain,
                MotionRules.Outcome::silent).containsExactly(3, 1, 1, 0);
        assertThat(outcome.explanation()).startsWith("Passed: ").contains("conflict of interest: Cat").contains("3 yes needed");

        assertThat(MotionRules.decide(List.of(yes("Ann"), yes("Ben"), no("Cat"), no("Dan")), threshold(MotionKind.GENERAL), SEATS, true)
                .passed()).as("a tie is not a majority").isFalse();
    }

    @Test
    void aSilentCouncillorCountsInTheBaseAndNotInFavour() {
        // The seed: "Every council member must either vote or explicitly abstain." Silence is not an abstention.
        var oneYesFourSilent = MotionRules.decide(List.of(yes("Ann"), silent("Ben"), silent("Cat"), silent("Dan"), silent("Eli")),
                threshold(MotionKind.GENERAL), SEATS, true);
        assertThat(oneYesFourSilent.passed()).as("one yes and four silent councillors").isFalse();
        assertThat(oneYesFourSilent.silent()).isEqualTo(4);
        assertThat(oneYesFourSilent.explanation()).startsWith("Failed: ").contains("3 yes needed")
                .contains("recorded as not having voted (counted, not in favour): Ben, Cat, Dan, Eli");

        var twoToOneWithTwoSilent = MotionRules.decide(List.of(yes("Ann"), yes("Ben"), no("Cat"), silent("Dan"), silent("Eli")),
                threshold(MotionKind.GENERAL), SEATS, true);
        assertThat(twoToOneWithTwoSilent.passed()).as("2 yes of a base of 5 is no majority").isFalse();

        var explicitAbstentionsLeaveTheBase = MotionRules.decide(List.of(yes("Ann"), yes("Ben"), no("Cat"), abstain("Dan"), abstain("Eli")),
                threshold(MotionKind.GENERAL), SEATS, true);
        assertThat(explicitAbstentionsLeaveTheBase.passed()).as("2 yes of a base of 3").isTrue();
    }

    @Test
    void aMotionIsSettledOnceTheMissingAnswersCannotChangeItsOutcome() {
        Rulebook.Threshold general = threshold(MotionKind.GENERAL);
        assertThat(MotionRules.settled(List.of(yes("a"), yes("b"), silent("c"), silent("d"), silent("e")), general, SEATS))
                .as("three no votes would defeat it, three yes votes carry it").isFalse();
        assertThat(MotionRules.settled(List.of(yes("a"), yes("b"), yes("c"), silent("d"), silent("e")), general, SEATS))
                .as("3 of at most 5").isTrue();
        assertThat(MotionRules.settled(List.of(no("a"), no("b"), no("c"), silent("d"), silent("e")), general, SEATS))
                .as("it can no longer pass").isTrue();
        assertThat(MotionRules.settled(List.of(yes("a"), yes("b"), no("c"), abstain("d"), silent("e")), general, SEATS))
                .as("a last no makes it 2 to 2").isFalse();
        assertThat(MotionRules.settled(List.of(yes("a"), yes("b"), no("c"), abstain("d"), yes("e")), general, SEATS))
                .as("everyone answered").isTrue();

        var early = MotionRules.decide(List.of(yes("a"), yes("b"), yes("c"), silent("d"), silent("e")), general, SEATS, false);
        assertThat(early.passed()).isTrue();
        assertThat(early.explanation()).contains("Decided before the deadline").contains("not answered: d, e");

        Rulebook.Threshold removal = threshold(MotionKind.REMOVE_COMMUNITY_MEMBER);
        assertThat(MotionRules.settled(List.of(yes("a"), yes("b"), yes("c"), silent("d"), silent("e")), removal, SEATS)).isFalse();
        assertThat(MotionRules.settled(List.of(yes("a"), yes("b"), yes("c"), yes("d"), silent("e")), removal, SEATS))
                .as("4 of 5 seats reached").isTrue();
        assertThat(MotionRules.settled(List.of(yes("a"), yes("b"), no("c"), no("d"), silent("e")), removal, SEATS))
                .as("4 yes no longer possible").isTrue();
    }

    @Test
    void removalNeedsTwoThirdsOfTheSeatsFourToOnePassesThreeToTwoFails() {
        Rulebook.Threshold removal = threshold(MotionKind.REMOVE_COMMUNITY_MEMBER);
        assertThat(MotionRules.decide(List.of(yes("a"), yes("b"), yes("c"), yes("d"), no("e")), removal, SEATS, true).passed()).isTrue();
        assertThat(MotionRules.decide(List.of(yes("a"), yes("b"), yes("c"), no("d"), no("e")), removal, SEATS, true).passed()).isFalse();
        // With a seat vacant the threshold is still taken of the seats: four councillors must all agree.
        assertThat(MotionRules.decide(List.of(yes("a"), yes("b"), yes("c"), silent("d")), removal, SEATS, true).passed()).isFalse();
    }

    @Test
    void theMissingMemberCountsAsAnAbstention() {
        var missing = new MotionRules.Answer("Eli", "abstain", false, true);
        var outcome = MotionRules.decide(List.of(yes("a"), yes("b"), no("c"), yes("d"), missing),
                threshold(MotionKind.REPLACE_OUT_OF_TOUCH), SEATS, true);
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.abstain()).isEqualTo(1);
        assertThat(outcome.explanation()).contains("out of touch: Eli").contains("taken of 4 councillors not abstaining");
        assertThat(MotionRules.decide(List.of(yes("a"), yes("b"), no("c"), silent("d"), missing),
                threshold(MotionKind.REPLACE_OUT_OF_TOUCH), SEATS, true).passed())
                .as("the recorded abstention leaves the base, the silent member does not").isFalse();
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
