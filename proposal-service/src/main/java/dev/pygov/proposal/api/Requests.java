package dev.pygov.proposal.api;

import dev.pygov.proposal.domain.Kind;
import dev.pygov.proposal.domain.Outcome;
import jakarta.validation.constraints.NotNull;

/** What callers send. Most checks are the domain's, so every path that writes applies the same ones. */
public final class Requests {

    private Requests() {
    }

    /** {@code section} defaults to ProposalsForDiscussion; {@code amends} names an active policy by path or id. */
    public record CreatePage(String section, String name, String title, @NotNull Kind kind, String amends, String text,
                             String comment) {
    }

    /** A new revision; a null title keeps the current one. */
    public record Revise(String title, String text, String comment) {
    }

    public record AddAuthor(String authorId) {
    }

    /** {@code name} renames the page on the way; null keeps its name. */
    public record Move(@NotNull String toSection, String name, String reason) {
    }

    public record Resolve(@NotNull Outcome outcome, String reference, String reason) {
    }

    public record Reason(String reason) {
    }

    public record AskMembers(boolean binding, String question) {
    }
}
