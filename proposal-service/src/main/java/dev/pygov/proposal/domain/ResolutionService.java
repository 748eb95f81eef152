package dev.pygov.proposal.domain;

import dev.pygov.commons.outbox.Outbox;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.events.election.BoardResolutionDecided;
import dev.pygov.events.election.VoteDecided;
import dev.pygov.events.proposal.MemberVoteRequested;
import dev.pygov.events.proposal.ProposalResolved;
import dev.pygov.commons.rulebook.RulebookLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The governance of a proposal: moves by hand, withdrawals and retirements; Board resolutions and the binding member
 * votes and polls they ask for, which arrive as election-service's decisions (no person resolves a proposal or asks
 * the members alone); and what a resolution does to the catalogue (activate, amend, archive) with the text voted on.
 */
@ApplicationScoped
public class ResolutionService {

    private static final Logger LOG = Logger.getLogger(ResolutionService.class);
    /** Who applies a member vote's outcome: the vote itself, not a person. */
    static final String MEMBER_VOTE_ACTOR = "pygov:member-vote";
    /** Who applies a Board resolution the directors voted on in election-service. */
    static final String BOARD_VOTE_ACTOR = "pygov:board-vote";

    private final Catalogue catalogue;
    private final PageService pages;
    private final Mover mover;
    private final Outbox outbox;
    private final RulebookLedger rulebooks;
    private final Clock clock;

    public ResolutionService(Catalogue catalogue, PageService pages, Mover mover, Outbox outbox, RulebookLedger rulebooks, Clock clock) {
        this.rulebooks = rulebooks;
        this.catalogue = catalogue;
        this.pages = pages;
        this.mover = mover;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public PageMove moveByHand(Actor actor, String pageId, Section toSection, String toName, String reason) {
        requireBoard(actor);
        Page page = catalogue.byId(pageId);
        MoveRules.checkMoveByHand(page.section, toSection);
        checkNoBindingVote(page, "toSection");
        return mover.move(page, toSection, toName == null ? page.name : toName, actor.id(), reason);
    }

    @Transactional
    public Page withdraw(Actor actor, String pageId, String reason) {
        requireBoard(actor);
        Page page = catalogue.byId(pageId);
        if (!EnumSet.of(Section.PROPOSALS_FOR_DISCUSSION, Section.PROPOSALS_FOR_RESOLUTION).contains(page.section)) {
            throw ProblemException.rule("wrong-section", "only a proposal under discussion or for resolution can be withdrawn; "
                    + page.path() + " is not one", "section");
        }
        PageRules.checkReason(reason, "reason");
        apply(page, Outcome.WITHDRAWN, ResolutionMethod.WITHDRAWAL, reason, actor.id(), reason, rulebooks.inForce().version(),
                page.currentRevision, true);
        return page;
    }

    @Transactional
    public PageMove retire(Actor actor, String pageId, String reason) {
        requireBoard(actor);
        Page page = catalogue.byId(pageId);
        MoveRules.checkIn(page.section, Section.ACTIVE_POLICIES, "retired");
        return mover.move(page, Section.RETIRED_POLICIES, page.name, actor.id(), reason);
    }

    /**
     * Records a decided vote on the request it answers (by request id, or by proposal id for its open request) and,
     * if it was binding and the proposal still awaits resolution, resolves the proposal. A poll only informs.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void voteDecided(VoteDecided vote) {
        Optional<VoteRequest> answered = VoteRequest.<VoteRequest>findByIdOptional(vote.subjectId())
                .or(() -> VoteRequest.<VoteRequest>find("pageId = ?1 and decidedAt is null order by binding desc, requestedAt",
                        vote.subjectId()).firstResultOptional());
        if (answered.isEmpty()) {
            return; // a vote about something else (a council motion, an admission)
        }
        VoteRequest request = answered.get();
        if (request.decided()) {
            LOG.warnf("vote request %s was already decided by vote %s; ignoring vote %s", request.id, request.voteId, vote.voteId());
            return;
        }
        request.voteId = vote.voteId();
        request.decidedAt = Instant.now(clock);
        request.passed = vote.passed();
        request.quorumMet = vote.quorumMet();
        request.yes = vote.yes();
        request.no = vote.no();
        request.abstain = vote.abstain();
        request.rollSize = vote.rollSize();
        request.explanation = vote.explanation();
        request.rulebookVersion = vote.rulebookVersion();
        if (vote.optionCounts() != null && !vote.optionCounts().isEmpty()) {
            request.optionCounts = new java.util.LinkedHashMap<>();
            vote.optionCounts().forEach(c -> request.optionCounts.put(c.option(), c.count()));
        }
        Page page = catalogue.byId(request.pageId);
        if (!request.binding || page.resolved() || page.section != Section.PROPOSALS_FOR_RESOLUTION) {
            return;
        }
        apply(page, vote.passed() ? Outcome.FAVOURABLE : Outcome.UNFAVOURABLE, ResolutionMethod.MEMBER_VOTE, vote.voteId(),
                MEMBER_VOTE_ACTOR, "binding member vote " + vote.voteId() + ": " + (vote.passed() ? "passed" : "not passed"),
                vote.rulebookVersion(), request.revision == null ? page.currentRevision : request.revision, false);
    }

    /**
     * A Board resolution decided by the directors' votes in election-service, the one way the Board acts on a
     * proposal (decision 0609). When it passed and concerns a proposal: favourable / unfavourable resolves a proposal
     * awaiting resolution with the text of the revision it pinned; member-vote asks the voting members for a binding
     * vote on that revision, poll for a non-binding poll. A failed resolution changes nothing; the Board may vote again.
     * A passed one that no longer fits the proposal (moved, resolved, a binding vote under way) is logged, not applied.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void boardResolutionDecided(BoardResolutionDecided resolution) {
        if (resolution.proposalId() == null || !resolution.passed()) {
            return;
        }
        Optional<Page> found = Page.findByIdOptional(resolution.proposalId());
        if (found.isEmpty()) {
            LOG.warnf("Board resolution %s concerns proposal %s, which does not exist here; recorded nowhere",
                    resolution.resolutionId(), resolution.proposalId());
            return;
        }
        Page page = found.get();
        int revision = resolution.revision() == null ? page.currentRevision : resolution.revision();
        boolean asksMembers = BoardAsk.MEMBER_VOTE.equals(resolution.proposedOutcome()) || BoardAsk.POLL.equals(resolution.proposedOutcome());
        boolean fits = revision >= 1 && revision <= page.currentRevision && !page.resolved()
                && (BoardAsk.POLL.equals(resolution.proposedOutcome())
                        ? EnumSet.of(Section.PROPOSALS_FOR_DISCUSSION, Section.PROPOSALS_FOR_RESOLUTION).contains(page.section)
                        : page.section == Section.PROPOSALS_FOR_RESOLUTION && VoteRequest.openBinding(page.id).isEmpty());
        if (!fits) {
            LOG.warnf("Board resolution %s (%s, revision %d) concerns %s, which does not await it; recorded nowhere",
                    resolution.resolutionId(), resolution.proposedOutcome(), revision, page.path());
            return;
        }
        if (asksMembers) {
            askMembers(page, BoardAsk.MEMBER_VOTE.equals(resolution.proposedOutcome()), resolution, revision);
            return;
        }
        Outcome outcome = BoardAsk.FAVOURABLE.equalsIgnoreCase(resolution.proposedOutcome()) ? Outcome.FAVOURABLE : Outcome.UNFAVOURABLE;
        apply(page, outcome, ResolutionMethod.BOARD_RESOLUTION, resolution.resolutionId(), BOARD_VOTE_ACTOR,
                "Board resolution " + resolution.resolutionId() + " (" + resolution.explanation() + ")", resolution.rulebookVersion(),
                revision, false);
    }

    /** The Board's passed resolution asks election-service for a binding member vote or a poll on the pinned revision. */
    private void askMembers(Page page, boolean binding, BoardResolutionDecided resolution, int revision) {
        List<String> choices;
        try {
            choices = PollOptions.check(binding, resolution.options());
        } catch (ProblemException refused) {
            LOG.warnf("Board resolution %s asks the members with options election-service should have refused (%s); asked nothing",
                    resolution.resolutionId(), refused.getMessage());
            return;
        }
        String question = resolution.question() == null || resolution.question().isBlank() ? resolution.text() : resolution.question();
        VoteRequest request = new VoteRequest();
        request.id = UUID.randomUUID().toString();
        request.pageId = page.id;
        request.binding = binding;
        request.question = question;
        request.requestedBy = resolution.resolutionId();
        request.requestedAt = Instant.now(clock);
        request.revision = revision;
        request.options = new java.util.ArrayList<>(choices);
        request.persist();
        outbox.publish(new MemberVoteRequested(page.id, request.id, binding, question, choices, resolution.resolutionId()));
    }

    /**
     * Records the resolution and moves the proposal where the seed says, with the text of the revision voted on. A
     * person's withdrawal may be refused (name taken); a vote's or the Board's outcome is never refused, so the
     * catalogue always follows the decision (an amendment of a policy retired meanwhile is archived unapplied).
     */
    private void apply(Page page, Outcome outcome, ResolutionMethod method, String reference, String by, String reason,
                       int rulebookVersion, int revision, boolean refusable) {
        Instant now = Instant.now(clock);
        Revision adopted = catalogue.revision(page, revision, "revision");
        Section target = outcome == Outcome.FAVOURABLE && page.kind != Kind.AMENDMENT ? Section.ACTIVE_POLICIES : Section.ARCHIVED_PROPOSALS;
        String name = refusable ? page.name : mover.freeName(page, target);
        if (outcome == Outcome.FAVOURABLE && page.kind == Kind.AMENDMENT) {
            Page policy = catalogue.byId(page.amendsPageId);
            if (policy.section == Section.ACTIVE_POLICIES) {
                pages.addRevision(policy, policy.title, adopted.text, by, "Amended by " + page.path() + " (revision " + revision + "; "
                        + reason + ")", page.id, now);
            } else {
                LOG.warnf("amendment %s passed but %s is no longer active; archiving the amendment unapplied", page.id, policy.path());
            }
        }
        if (target == Section.ACTIVE_POLICIES && revision != page.currentRevision) {
            // edited after the vote opened: the policy is the text voted on, restored as its newest revision
            page.title = adopted.title;
            pages.addRevision(page, adopted.title, adopted.text, by, "Text as adopted: revision " + revision + " (" + reason + ")", null, now);
        }
        page.resolutionOutcome = outcome;
        page.resolutionRevision = revision;
        page.resolutionMethod = method;
        page.resolutionReference = reference;
        page.resolvedBy = by;
        page.resolvedAt = now;
        page.rulebookVersion = rulebookVersion;
        outbox.publish(new ProposalResolved(page.id, outcome == Outcome.FAVOURABLE, method.eventName, by, reference, rulebookVersion));
        mover.move(page, target, name, by, reason);
    }

    private static void checkNoBindingVote(Page page, String field) {
        if (VoteRequest.openBinding(page.id).isPresent()) {
            throw ProblemException.conflict("vote-pending", "a binding member vote on " + page.path() + " is under way", field);
        }
    }

    private static void requireBoard(Actor actor) {
        if (!actor.isBoard()) {
            throw ProblemException.forbidden("board-only", "only directors and officers do this");
        }
    }
}
