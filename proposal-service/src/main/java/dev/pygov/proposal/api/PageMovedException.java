package dev.pygov.proposal.api;

import dev.pygov.proposal.domain.PagePath;

/** The page asked for lives elsewhere now: answered with 308 Permanent Redirect to its current path. */
public class PageMovedException extends RuntimeException {

    private final PagePath current;

    public PageMovedException(PagePath current) {
        super("moved to " + current);
        this.current = current;
    }

    public PagePath current() {
        return current;
    }
}
