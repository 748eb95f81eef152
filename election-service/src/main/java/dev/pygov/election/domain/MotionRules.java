package dev.pygov.election.domain;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.rulebook.Rulebook;
import dev.pygov.tally.decision.DecisionResult;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The seed's rules for council votes, as plain Java: who may answer what, and how a motion is decided. */
public final class MotionRules {

    public static final List<String> VOTES = List.of(MotionVote.YES, MotionVote.NO, MotionVote.ABSTAIN);

    private MotionRules() {
    }

    /** A councillor's answer as the decision reads it; vote null = has not answered. */
    public record Answer(String name, String vote, boolean conflictOfInterest, boolean recordedAbstention) {
    }

    public record Outcome(boolean passed, int yes, int no, int abstain, int silent, String explanation) {
    }

    public static Instant deadline(Instant openedAt, Rulebook.CouncilMotions rules) {
        return openedAt.plus(Duration.ofDays(rules.votingDays()));
    }

    /**
     * @param conflictOfInterest declared now or earlier: a declaration stays on the record, so it cannot be taken
     *                           back to vote yes or no after all
     */
    public static void checkAnswer(String vote, boolean conflictOfInterest, boolean recordedAbstention) {
        if (vote == null || !VOTES.contains(vote)) {
            throw ProblemException.invalid("vote", "vote must be yes, no or abstain, was '" + vote + "'");
        }
        if (recordedAbstention) {
            throw ProblemException.rule("recorded-as-abstaining",
                    "you are the councillor this motion says cannot be contacted: the rules record you as abstaining", "vote");
        }
        if (conflictOfInterest && !MotionVote.ABSTAIN.equals(vote)) {
            throw ProblemException.rule("conflict-of-interest",
                    "a councillor with a conflict of interest on this motion must abstain", "vote");
        }
    }

    public static boolean allAnswered(List<Answer> answers) {
        return answers.stream().allMatch(a -> a.vote() != null);
    }

    /**
     * Decides with the kind's rulebook threshold. The electorate of a council motion is the council's seats, so a
     * two-thirds-of-seats motion needs the same number of yes votes whether or not a seat is vacant.
     */
    public static Outcome decide(List<Answer> answers, Rulebook.Threshold threshold, int seats) {
        int yes = count(answers, MotionVote.YES);
        int no = count(answers, MotionVote.NO);
        int abstain = count(answers, MotionVote.ABSTAIN);
        List<String> silent = answers.stream().filter(a -> a.vote() == null).map(Answer::name).toList();
        DecisionResult result = DecisionRules.decide(yes, no, abstain, threshold, 0.0, seats);

        StringBuilder explanation = new StringBuilder(result.passed() ? "Passed: " : "Failed: ").append(result.reason()).append('.');
        List<String> conflicted = answers.stream().filter(Answer::conflictOfInterest).map(Answer::name).toList();
        if (!conflicted.isEmpty()) {
            explanation.append(" Abstained with a declared conflict of interest: ").append(String.join(", ", conflicted)).append('.');
        }
        List<String> recorded = answers.stream().filter(Answer::recordedAbstention).map(Answer::name).toList();
        if (!recorded.isEmpty()) {
            explanation.append(" Recorded as abstaining, being the member out of touch: ").append(String.join(", ", recorded)).append('.');
        }
        if (!silent.isEmpty()) {
            explanation.append(" Neither voted nor abstained by the deadline, recorded as not having voted: ")
                    .append(String.join(", ", silent)).append('.');
        }
        return new Outcome(result.passed(), yes, no, abstain, silent.size(), explanation.toString());
    }

    /**
     * The seed: a member who "cannot be contacted for a month or longer" may be replaced; the rulebook says how many
     * days that is.
     */
    public static void checkOutOfTouch(Instant since, Instant now, Rulebook.Council council) {
        if (since == null) {
            throw ProblemException.invalid("outOfTouchSince", "say since when the councillor could not be contacted (UTC instant)");
        }
        Instant longEnough = since.plus(Duration.ofDays(council.outOfTouchDays()));
        if (longEnough.isAfter(now)) {
            throw ProblemException.rule("not-out-of-touch-long-enough", "a councillor may be replaced after "
                    + council.outOfTouchDays() + " days out of touch; since " + since + " that is not before " + longEnough,
                    "outOfTouchSince");
        }
    }

    private static int count(List<Answer> answers, String vote) {
        return (int) answers.stream().filter(a -> vote.equals(a.vote())).count();
    }
}
