package dev.pygov.proposal.api;

import dev.pygov.proposal.domain.Kind;
import dev.pygov.proposal.domain.MeetingDecision;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** What callers send. Most checks are the domain's, so every path that writes applies the same ones. */
public final class Requests {

    private Requests() {
    }

    /** {@code section} defaults to ProposalsForDiscussion; {@code amends} names an active policy by path or id. */
    public record CreatePage(String section, String name, String title, @NotNull Kind kind, String amends, String text,
                             String comment, List<Decision> decisions) {
    }

    /** A decision recorded in minutes, with the id of the vote in election-service that took it, if any. */
    public record Decision(String summary, String voteId) {
        static List<MeetingDecision> toDomain(List<Decision> decisions) {
            return decisions == null ? null : decisions.stream()
                    .map(d -> d == null ? null : new MeetingDecision(d.summary(), d.voteId())).toList();
        }
    }

    /** A new revision; a null title keeps the current one, null decisions keep the minutes' decisions. */
    public record Revise(String title, String text, String comment, List<Decision> decisions) {
    }

    public record AddAuthor(String authorId) {
    }

    /** {@code name} renames the page on the way; null keeps its name. */
    public record Move(@NotNull String toSection, String name, String reason) {
    }

    public record Reason(String reason) {
    }
}
