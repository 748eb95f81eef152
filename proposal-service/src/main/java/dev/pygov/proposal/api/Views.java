package dev.pygov.proposal.api;

import dev.pygov.proposal.domain.Kind;
import dev.pygov.proposal.domain.LineDiff;
import dev.pygov.proposal.domain.Outcome;
import dev.pygov.proposal.domain.Page;
import dev.pygov.proposal.domain.PageMove;
import dev.pygov.proposal.domain.PagePath;
import dev.pygov.proposal.domain.ResolutionMethod;
import dev.pygov.proposal.domain.Revision;
import dev.pygov.proposal.domain.VoteRequest;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** What the API answers. Paths are {@code PythonSoftwareFoundation/<section>/<name>}, current at the time of reading. */
public final class Views {

    private Views() {
    }

    public record ResolutionView(Outcome outcome, ResolutionMethod method, String reference, String resolvedBy,
                                 Instant resolvedAt, Integer rulebookVersion, Integer revision) {
        static ResolutionView of(Page page) {
            return page.resolved() ? new ResolutionView(page.resolutionOutcome, page.resolutionMethod, page.resolutionReference,
                    page.resolvedBy, page.resolvedAt, page.rulebookVersion, page.resolutionRevision) : null;
        }
    }

    public record VoteView(String requestId, boolean binding, String question, String requestedBy, Integer revision, Instant requestedAt,
                           String voteId, Instant decidedAt, Boolean passed, Boolean quorumMet, Integer yes, Integer no,
                           Integer abstain, Integer rollSize, String explanation, Integer rulebookVersion,
                           List<String> options, List<OptionCountView> optionCounts) {
        static VoteView of(VoteRequest v) {
            List<OptionCountView> counts = v.optionCounts == null ? null
                    : v.options.stream().map(o -> new OptionCountView(o, v.optionCounts.getOrDefault(o, 0))).toList();
            return new VoteView(v.id, v.binding, v.question, v.requestedBy, v.revision, v.requestedAt, v.voteId, v.decidedAt, v.passed,
                    v.quorumMet, v.yes, v.no, v.abstain, v.rollSize, v.explanation, v.rulebookVersion, v.options, counts);
        }
    }

    /** How many chose one option of a poll; listed in the order the poll offered them. */
    public record OptionCountView(String option, int count) {
    }

    public record PageSummary(String id, String path, String section, String name, Kind kind, String title,
                              List<String> authors, int revision, Instant updatedAt) {
        static PageSummary of(Page page) {
            return new PageSummary(page.id, page.path().toString(), page.section.wikiName, page.name, page.kind, page.title,
                    List.copyOf(page.authors), page.currentRevision, page.updatedAt);
        }
    }

    public record PageView(String id, String path, String section, String name, Kind kind, String title, List<String> authors,
                           String amends, int revision, String text, String createdBy, Instant createdAt, Instant updatedAt,
                           ResolutionView resolution, List<VoteView> votes, List<DecisionView> decisions) {
    }

    public record DecisionView(String summary, String voteId) {
    }

    public record RevisionView(int number, String title, String authorId, String comment, Instant createdAt,
                               String amendedBy, String text) {
        static RevisionView of(Revision r, Function<String, PagePath> pathOf, boolean withText) {
            return new RevisionView(r.number, r.title, r.authorId, r.comment, r.createdAt,
                    r.amendedByProposalId == null ? null : pathOf.apply(r.amendedByProposalId).toString(),
                    withText ? r.text : null);
        }
    }

    public record DiffView(int from, int to, List<LineDiff.Line> lines) {
    }

    public record MoveView(String from, String to, String movedBy, String reason, Instant movedAt) {
        static MoveView of(PageMove m) {
            return new MoveView(new PagePath(m.fromSection, m.fromName).toString(), new PagePath(m.toSection, m.toName).toString(),
                    m.movedBy, m.reason, m.movedAt);
        }
    }

    public record ListView<T>(List<T> items, int page, int size, long total) {
    }
}
