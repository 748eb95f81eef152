package dev.pygov.election.domain;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.rulebook.Rulebook;
import dev.pygov.tally.decision.DecisionResult;
import dev.pygov.tally.decision.Threshold;

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

    /**
     * Decides with the kind's rulebook threshold. "Every council member must either vote or explicitly abstain": a
     * councillor who has not answered has not abstained, so they stay in the base and count as not in favour; only an
     * abstention (explicit, with a declared conflict, or recorded for the member out of touch) leaves the base. The
     * electorate of a council motion is the council's seats, so a two-thirds-of-seats motion needs the same number of
     * yes votes whether or not a seat is vacant.
     *
     * @param deadlinePassed true at the deadline; false when the motion is decided before it because the answers
     *                       still missing can no longer change the outcome ({@link #settled})
     */
    public static Outcome decide(List<Answer> answers, Rulebook.Threshold threshold, int seats, boolean deadlinePassed) {
        int yes = count(answers, MotionVote.YES);
        int no = count(answers, MotionVote.NO);
        int abstain = count(answers, MotionVote.ABSTAIN);
        List<String> silent = answers.stream().filter(a -> a.vote() == null).map(Answer::name).toList();
        DecisionResult result = evaluate(yes, no + silent.size(), abstain, threshold, seats, answers.size());

        StringBuilder explanation = new StringBuilder(result.passed() ? "Passed: " : "Failed: ")
                .append(yes).append(" yes, ").append(no).append(" no, ").append(abstain).append(" abstain, ")
                .append(silent.size()).append(" not answered; ").append(result.yesNeeded()).append(" yes needed (")
                .append(result.threshold()).append(", taken of ").append(result.thresholdBase())
                .append(DecisionRules.threshold(threshold).base() == Threshold.Base.NON_ABSTAINING
                        ? " councillors not abstaining, those who did not answer included)." : ").");
        List<String> conflicted = answers.stream().filter(Answer::conflictOfInterest).map(Answer::name).toList();
        if (!conflicted.isEmpty()) {
            explanation.append(" Abstained with a declared conflict of interest: ").append(String.join(", ", conflicted)).append('.');
        }
        List<String> recorded = answers.stream().filter(Answer::recordedAbstention).map(Answer::name).toList();
        if (!recorded.isEmpty()) {
            explanation.append(" Recorded as abstaining, being the member out of touch: ").append(String.join(", ", recorded)).append('.');
        }
        if (!silent.isEmpty()) {
            explanation.append(deadlinePassed
                            ? " Neither voted nor abstained by the deadline, recorded as not having voted (counted, not in favour): "
                            : " Decided before the deadline, no answer still missing could change the outcome; not answered: ")
                    .append(String.join(", ", silent)).append('.');
        }
        return new Outcome(result.passed(), yes, no, abstain, silent.size(), explanation.toString());
    }

    /**
     * Whether the outcome can no longer change: it is the same if every councillor who has not answered yet votes
     * yes as if every one of them votes no (an abstention lies between the two, or counts as a no). True once
     * everyone has answered.
     */
    public static boolean settled(List<Answer> answers, Rulebook.Threshold threshold, int seats) {
        int yes = count(answers, MotionVote.YES);
        int no = count(answers, MotionVote.NO);
        int abstain = count(answers, MotionVote.ABSTAIN);
        int silent = (int) answers.stream().filter(a -> a.vote() == null).count();
        boolean ifAllYes = evaluate(yes + silent, no, abstain, threshold, seats, answers.size()).passed();
        boolean ifAllNo = evaluate(yes, no + silent, abstain, threshold, seats, answers.size()).passed();
        return ifAllYes == ifAllNo;
    }

    private static DecisionResult evaluate(int yes, int notInFavour, int abstain, Rulebook.Threshold threshold, int seats, int listed) {
        return DecisionRules.decide(yes, notInFavour, abstain, threshold, 0.0, Math.max(seats, listed));
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
