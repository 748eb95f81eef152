package dev.pygov.proposal.domain;

import dev.pygov.commons.outbox.Outbox;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.events.proposal.ProposalCreated;
import dev.pygov.events.proposal.ProposalRevised;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Creates pages and their revisions, and keeps their authors. */
@ApplicationScoped
public class PageService {

    /** {@code decisions} only for minutes; null or empty otherwise. */
    public record NewPage(Section section, String name, String title, Kind kind, String amends, String text, String comment,
                          List<MeetingDecision> decisions) {
        public NewPage(Section section, String name, String title, Kind kind, String amends, String text, String comment) {
            this(section, name, title, kind, amends, text, comment, null);
        }
    }

    private final Catalogue catalogue;
    private final Outbox outbox;
    private final Clock clock;
    private final int maxTextChars;

    public PageService(Catalogue catalogue, Outbox outbox, Clock clock,
                       @ConfigProperty(name = "pygov.proposal.max-text-chars") int maxTextChars) {
        this.catalogue = catalogue;
        this.outbox = outbox;
        this.clock = clock;
        this.maxTextChars = maxTextChars;
    }

    @Transactional
    public Page create(Actor actor, NewPage request) {
        Section section = request.section() == null ? Section.PROPOSALS_FOR_DISCUSSION : request.section();
        WriteRules.checkCreate(actor, section);
        PageRules.checkName(request.name(), "name");
        PageRules.checkTitle(request.title());
        PageRules.checkText(request.text(), maxTextChars);
        String amendsPageId = amendedPolicy(request.kind(), request.amends());
        WriteRules.checkKindFitsSection(request.kind(), section);
        checkDecisions(request.kind(), request.decisions());
        checkPathFree(section, request.name());

        Instant now = Instant.now(clock);
        Page page = new Page();
        page.id = UUID.randomUUID().toString();
        page.section = section;
        page.name = request.name();
        page.kind = request.kind();
        page.title = request.title().strip();
        page.amendsPageId = amendsPageId;
        page.currentRevision = 0;
        page.createdBy = actor.id();
        page.createdAt = now;
        page.updatedAt = now;
        page.authors.add(actor.id());
        if (request.decisions() != null) {
            page.decisions.addAll(request.decisions());
        }
        page.persist();
        outbox.publish(new ProposalCreated(page.id, page.path().toString(), section.wikiName, page.title, page.kind.name(),
                amendsPageId, actor.id()));
        addRevision(page, page.title, request.text(), actor.id(), request.comment(), null, now);
        return page;
    }

    @Transactional
    public Page revise(Actor actor, String pageId, String title, String text, String comment) {
        return revise(actor, pageId, title, text, comment, null);
    }

    /** {@code decisions} replaces the minutes' recorded decisions; null keeps them. */
    @Transactional
    public Page revise(Actor actor, String pageId, String title, String text, String comment, List<MeetingDecision> decisions) {
        Page page = catalogue.byId(pageId);
        WriteRules.checkEdit(actor, page.section, page.authors);
        String newTitle = title == null ? page.title : title.strip();
        PageRules.checkTitle(newTitle);
        PageRules.checkText(text, maxTextChars);
        if (VoteRequest.openBinding(page.id).isPresent()) {
            throw ProblemException.conflict("vote-pending", "the members are voting on this text; it cannot change until the vote is decided", "text");
        }
        checkDecisions(page.kind, decisions);
        if (decisions != null) {
            page.decisions.clear();
            page.decisions.addAll(decisions);
        }
        page.title = newTitle;
        addRevision(page, newTitle, text, actor.id(), comment, null, Instant.now(clock));
        return page;
    }

    @Transactional
    public Page addAuthor(Actor actor, String pageId, String authorId) {
        Page page = catalogue.byId(pageId);
        WriteRules.checkAddAuthor(actor, page.section, page.authors);
        if (authorId == null || authorId.isBlank() || authorId.length() > 200) {
            throw ProblemException.invalid("authorId", "name the co-author by their PyGov subject (1 to 200 characters)");
        }
        if (page.authors.contains(authorId)) {
            throw ProblemException.conflict("already-an-author", authorId + " is already an author of " + page.path(), "authorId");
        }
        page.authors.add(authorId);
        page.updatedAt = Instant.now(clock);
        return page;
    }

    /** Appends a revision and announces it; the one way a page's text ever changes. */
    Revision addRevision(Page page, String title, String text, String authorId, String comment, String amendedByProposalId, Instant now) {
        if (comment != null && comment.length() > 500) {
            throw ProblemException.invalid("comment", "the comment is longer than 500 characters");
        }
        Revision revision = new Revision();
        revision.pageId = page.id;
        revision.number = page.currentRevision + 1;
        revision.title = title;
        revision.text = text;
        revision.authorId = authorId;
        revision.comment = comment;
        revision.createdAt = now;
        revision.amendedByProposalId = amendedByProposalId;
        revision.persist();
        page.currentRevision = revision.number;
        page.updatedAt = now;
        outbox.publish(new ProposalRevised(page.id, page.path().toString(), page.title, page.kind.name(), revision.number,
                authorId, List.copyOf(page.authors), amendedByProposalId));
        return revision;
    }

    private static void checkDecisions(Kind kind, List<MeetingDecision> decisions) {
        if (decisions == null || decisions.isEmpty()) {
            return;
        }
        if (kind != Kind.MINUTES) {
            throw ProblemException.invalid("decisions", "only minutes record decisions");
        }
        for (int i = 0; i < decisions.size(); i++) {
            MeetingDecision decision = decisions.get(i);
            if (decision == null || decision.summary == null || decision.summary.isBlank() || decision.summary.length() > 500) {
                throw ProblemException.invalid("decisions." + i + ".summary", "summarise each decision in 1 to 500 characters");
            }
            if (decision.voteId != null && (decision.voteId.isBlank() || decision.voteId.length() > 200)) {
                throw ProblemException.invalid("decisions." + i + ".voteId", "a vote id is 1 to 200 characters, or absent");
            }
        }
    }

    private String amendedPolicy(Kind kind, String amends) {
        if (kind == null) {
            throw ProblemException.invalid("kind", "say what the page is: STRATEGIC_PROPOSAL, WORKING_GROUP_CHARTER or AMENDMENT");
        }
        if (kind != Kind.AMENDMENT) {
            if (amends != null && !amends.isBlank()) {
                throw ProblemException.invalid("amends", "only an AMENDMENT names a policy it amends");
            }
            return null;
        }
        Page policy = catalogue.byReference(amends, "amends");
        if (policy.section != Section.ACTIVE_POLICIES) {
            throw ProblemException.rule("not-an-active-policy", "an amendment amends an active policy; " + policy.path()
                    + " is not one", "amends");
        }
        return policy.id;
    }

    /** A path, once used, keeps leading to its page: new pages take fresh names. */
    static void checkPathFree(Section section, String name) {
        if (Page.at(section, name).isPresent() || Redirect.findByIdOptional(new Redirect.OldPath(section, name)).isPresent()) {
            throw ProblemException.conflict("name-taken", new PagePath(section, name) + " is already taken", "name");
        }
    }
}
