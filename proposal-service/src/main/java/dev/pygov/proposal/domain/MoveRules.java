package dev.pygov.proposal.domain;

import dev.pygov.commons.problem.ProblemException;

import java.util.Map;
import java.util.Set;

/**
 * The moves a director or officer may make by hand. Moves into ActivePolicies and ArchivedProposals follow
 * from a resolution or a withdrawal, and into RetiredPolicies from a retirement, so each is recorded with its cause.
 */
public final class MoveRules {

    private static final Map<Section, Set<Section>> BY_HAND = Map.of(
            Section.PROPOSALS_FOR_DISCUSSION, Set.of(Section.PROPOSALS_FOR_RESOLUTION),
            Section.PROPOSALS_FOR_RESOLUTION, Set.of(Section.PROPOSALS_FOR_DISCUSSION));

    private MoveRules() {
    }

    public static void checkMoveByHand(Section from, Section to) {
        if (!BY_HAND.getOrDefault(from, Set.of()).contains(to)) {
            throw ProblemException.rule("move-not-allowed", "a page in " + from.wikiName + " cannot be moved to " + to.wikiName
                    + " by hand; proposals move from discussion to resolution (and back), resolutions, withdrawals and retirements move the rest",
                    "toSection");
        }
    }

    public static void checkIn(Section actual, Section expected, String action) {
        if (actual != expected) {
            throw ProblemException.rule("wrong-section", "only a page in " + expected.wikiName + " can be " + action
                    + "; this one is in " + actual.wikiName, "section");
        }
    }
}
