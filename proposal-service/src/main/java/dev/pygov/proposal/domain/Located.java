package dev.pygov.proposal.domain;

/** What lives at a path: the page itself, or a page that has moved away from it. */
public record Located(Page page, boolean moved) {
}
