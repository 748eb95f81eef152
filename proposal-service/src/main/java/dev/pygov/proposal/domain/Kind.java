package dev.pygov.proposal.domain;

/** What a page is. An amendment names the active policy it amends. */
public enum Kind {
    STRATEGIC_PROPOSAL,
    WORKING_GROUP_CHARTER,
    AMENDMENT
}
