package dev.pygov.election.domain;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.rulebook.Rulebook;
import dev.pygov.tally.decision.DecisionResult;

import java.util.List;
import java.util.Set;

/**
 * What a Board resolution may ask and how the directors' votes decide it (decision 0608): a director who has not
 * voted counts in the base and not in favour, as a silent councillor does; only an explicit abstention leaves the
 * base. A resolution is decided as soon as the votes cast settle it whatever the silent directors would still do.
 */
public final class BoardRules {

    public static final String FAVOURABLE = "favourable";
    public static final String UNFAVOURABLE = "unfavourable";
    /** The Board asks the voting members for a binding vote on the proposal (seed 004). */
    public static final String MEMBER_VOTE = "member-vote";
    /** The Board asks the voting members for a non-binding poll on the proposal. */
    public static final String POLL = "poll";
    static final Set<String> OUTCOMES = Set.of(FAVOURABLE, UNFAVOURABLE, MEMBER_VOTE, POLL);
    static final int LONGEST_QUESTION = 1000;

    private BoardRules() {
    }

    /** What a resolution asks, checked; the same request is refused by field otherwise. */
    public record Ask(String proposalId, String proposedOutcome, Integer revision, String question, List<String> options) {
    }

    public static Ask check(String proposalId, String proposedOutcome, Integer revision, String question, List<String> options) {
        boolean aboutProposal = proposalId != null && !proposalId.isBlank();
        if (!aboutProposal) {
            if (proposedOutcome != null) {
                throw ProblemException.invalid("proposalId", "a proposed outcome needs the proposal it resolves");
            }
            if (revision != null || question != null || (options != null && !options.isEmpty())) {
                throw ProblemException.invalid("proposalId", "a revision, question or options need the proposal they concern");
            }
            return new Ask(null, null, null, null, List.of());
        }
        if (proposedOutcome == null || !OUTCOMES.contains(proposedOutcome)) {
            throw ProblemException.invalid("proposedOutcome", "a resolution of a proposal is favourable or unfavourable, or asks the members for a "
                    + "member-vote or a poll; was '" + proposedOutcome + "'");
        }
        if (revision == null || revision < 1) {
            throw ProblemException.invalid("revision", "name the revision of the proposal the Board votes on (its text is what is adopted)");
        }
        boolean asksMembers = MEMBER_VOTE.equals(proposedOutcome) || POLL.equals(proposedOutcome);
        List<String> offered = VoteRules.options(options);
        if (asksMembers) {
            if (question == null || question.isBlank() || question.length() > LONGEST_QUESTION) {
                throw ProblemException.invalid("question", "ask the members a question of 1 to " + LONGEST_QUESTION + " characters");
            }
            if (!offered.isEmpty() && (!POLL.equals(proposedOutcome) || offered.size() < 2 || offered.size() > 20)) {
                throw ProblemException.invalid("options", "only a poll offers options, 2 to 20 of them (none: yes / no / abstain)");
            }
        } else if (question != null || !offered.isEmpty()) {
            throw ProblemException.invalid("question", "a question and options are for a member-vote or a poll");
        }
        return new Ask(proposalId.strip(), proposedOutcome, revision, asksMembers ? question.strip() : null, offered);
    }

    /** The decision once voting ends: the silent directors count as not in favour. */
    public static DecisionResult decide(int yes, int no, int abstain, int silent, Rulebook.Threshold threshold) {
        return DecisionRules.decide(yes, no + silent, abstain, threshold, 0.0, yes + no + abstain + silent);
    }

    /** True when no way the silent directors could still vote (yes, no or abstain) would change the outcome. */
    public static boolean settled(int yes, int no, int abstain, int silent, Rulebook.Threshold threshold) {
        boolean outcome = decide(yes, no, abstain, silent, threshold).passed();
        for (int y = 0; y <= silent; y++) {
            for (int n = 0; n + y <= silent; n++) {
                int a = silent - y - n;
                if (decide(yes + y, no + n, abstain + a, 0, threshold).passed() != outcome) {
                    return false;
                }
            }
        }
        return true;
    }
}
