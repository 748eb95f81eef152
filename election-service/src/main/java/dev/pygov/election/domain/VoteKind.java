package dev.pygov.election.domain;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.commons.security.Roles;
import dev.pygov.rulebook.Rulebook;

import java.util.Arrays;

/**
 * The kinds of yes/no/abstain vote (and poll): who is on the roll, which role casts, which rulebook rule decides.
 * Community kinds are voted by the Packaging community; the PSF kinds by its voting members.
 */
public enum VoteKind {
    ADMISSION("admission", true),
    NO_CONFIDENCE("no-confidence", true),
    GOVERNANCE_CHANGE("governance-change", true),
    MEMBER_VOTE("member-vote", false),
    POLL("poll", false);

    private final String wireName;
    private final boolean community;

    VoteKind(String wireName, boolean community) {
        this.wireName = wireName;
        this.community = community;
    }

    public String wireName() {
        return wireName;
    }

    /** Roll of community members in good standing (else: the PSF voting members). */
    public boolean community() {
        return community;
    }

    public boolean binding() {
        return this != POLL;
    }

    /** The realm role a voter needs besides being on the frozen roll. */
    public String voterRole() {
        return community ? Roles.PACKAGING_MEMBER : Roles.VOTING_MEMBER;
    }

    /** The rulebook rule deciding this kind; a poll has none (it decides nothing). */
    public Rulebook.VoteRule rule(Rulebook rulebook) {
        return switch (this) {
            case ADMISSION -> rulebook.communityVotes().admission();
            case NO_CONFIDENCE -> rulebook.communityVotes().noConfidence();
            case GOVERNANCE_CHANGE -> rulebook.communityVotes().governanceChange();
            case MEMBER_VOTE -> rulebook.psf().bindingMemberVote();
            case POLL -> null;
        };
    }

    public int votingDays(Rulebook rulebook) {
        return this == POLL ? rulebook.psf().pollDays() : rule(rulebook).votingDays();
    }

    public static VoteKind fromWire(String wire, String field) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(wire)).findFirst()
                .orElseThrow(() -> ProblemException.invalid(field, "kind must be one of "
                        + Arrays.stream(values()).map(VoteKind::wireName).toList() + ", was '" + wire + "'"));
    }
}
