package dev.pygov.proposal.domain;

/** Who decided: the Board by resolution, the voting members by a binding vote, or nobody (withdrawn). */
public enum ResolutionMethod {
    BOARD_RESOLUTION("board-resolution"),
    MEMBER_VOTE("member-vote"),
    WITHDRAWAL("withdrawal");

    public final String eventName;

    ResolutionMethod(String eventName) {
        this.eventName = eventName;
    }
}
