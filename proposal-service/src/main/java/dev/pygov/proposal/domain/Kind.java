package dev.pygov.proposal.domain;

/** What a page is. An amendment names the active policy it amends; agendas and minutes live in meeting sections. */
public enum Kind {
    STRATEGIC_PROPOSAL,
    WORKING_GROUP_CHARTER,
    AMENDMENT,
    AGENDA,
    MINUTES;

    public boolean ofMeeting() {
        return this == AGENDA || this == MINUTES;
    }
}
