package dev.pygov.election.domain;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.rulebook.Rulebook;

import java.time.Duration;
import java.time.Instant;

/**
 * The seed: a tie "may be resolved by mutual agreement among the candidates, or else the winner will be chosen at
 * random". Agreement comes first (decision 0524). Plain Java.
 */
public final class TieRules {

    private TieRules() {
    }

    /** Until when the tied candidates may agree, counted from the count that stopped at the tie. */
    public static Instant agreementUntil(Instant tiedAt, Rulebook.TieBreak rules) {
        return tiedAt.plus(Duration.ofDays(rules.agreementDays()));
    }

    /**
     * The Returning Officer may draw once the agreement window has passed, or at once when every tied candidate has
     * declared that they cannot agree.
     *
     * @param agreementUntil null for a tie recorded before the window existed: no window
     */
    public static void mayDraw(Instant agreementUntil, int tied, int declaredCannotAgree, Instant now) {
        if (agreementUntil == null || !now.isBefore(agreementUntil) || declaredCannotAgree >= tied) {
            return;
        }
        throw ProblemException.conflict("agreement-window-open", "the tied candidates may agree on an order until "
                + agreementUntil + " (UTC); the draw comes after that, or once every tied candidate has declared they cannot"
                + " agree (" + declaredCannotAgree + " of " + tied + " have)", "electionId");
    }
}
