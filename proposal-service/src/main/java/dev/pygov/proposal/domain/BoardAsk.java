package dev.pygov.proposal.domain;

/** What a passed Board resolution about a proposal does (BoardResolutionDecided.proposedOutcome). */
final class BoardAsk {

    static final String FAVOURABLE = "favourable";
    static final String MEMBER_VOTE = "member-vote";
    static final String POLL = "poll";

    private BoardAsk() {
    }
}
