package dev.pygov.proposal.domain;

/** How a proposal for resolution ended. */
public enum Outcome {
    FAVOURABLE,
    UNFAVOURABLE,
    WITHDRAWN
}
