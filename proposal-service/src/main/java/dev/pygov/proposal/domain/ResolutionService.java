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
 * The governance of a proposal: moves by hand, Board resolutions, binding member votes and polls, withdrawals and
 * retirements, and what a resolution does to the catalogue (activate, amend, archive).
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
    public Page resolveByBoard(Actor actor, String pageId, Outcome outcome, String reference, String reason) {
        requireBoard(actor);
        Page page = catalogue.byId(pageId);
        MoveRules.checkIn(page.section, Section.PROPOSALS_FOR_RESOLUTION, "resolved");
        if (outcome == null || outcome == Outcome.WITHDRAWN) {
            throw ProblemException.invalid("outcome", "a Board resolution is FAVOURABLE or UNFAVOURABLE; withdraw a proposal with a withdrawal");
        }
        PageRules.checkReference(reference);
        checkNoBindingVote(page, "outcome");
        apply(page, outcome, ResolutionMethod.BOARD_RESOLUTION, reference, actor.id(),
                reason == null || reason.isBlank() ? "Board resolution " + reference : reason,
                rulebooks.inForce().version(), true);
        return page;
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
        apply(page, Outcome.WITHDRAWN, ResolutionMethod.WITHDRAWAL, reason, actor.id(), reason, rulebooks.inForce().version(), true);
        return page;
    }

    @Transactional
    public PageMove retire(Actor actor, String pageId, String reason) {
        requireBoard(actor);
        Page page = catalogue.byId(pageId);
        MoveRules.checkIn(page.section, Section.ACTIVE_POLICIES, "retired");
        return mover.move(page, Section.RETIRED_POLICIES, page.name, actor.id(), reason);
    }

    @Transactional
    public VoteRequest requestVote(Actor actor, String pageId, boolean binding, String question, List<String> options) {
        requireBoard(actor);
        List<String> choices = PollOptions.check(binding, options);
        Page page = catalogue.byId(pageId);
        if (binding) {
            MoveRules.checkIn(page.section, Section.PROPOSALS_FOR_RESOLUTION, "put to a binding member vote");
            checkNoBindingVote(page, "binding");
        } else if (!EnumSet.of(Section.PROPOSALS_FOR_DISCUSSION, Section.PROPOSALS_FOR_RESOLUTION).contains(page.section)) {
            throw ProblemException.rule("wrong-section", "polls are attached to proposals under discussion or for resolution", "section");
        }
        if (question == null || question.isBlank() || question.length() > 1000) {
            throw ProblemException.invalid("question", "ask the members a question of 1 to 1000 characters");
        }
        VoteRequest request = new VoteRequest();
        request.id = UUID.randomUUID().toString();
        request.pageId = page.id;
        request.binding = binding;
        request.question = question;
        request.requestedBy = actor.id();
        request.requestedAt = Instant.now(clock);
        request.options = new java.util.ArrayList<>(choices);
        request.persist();
        outbox.publish(new MemberVoteRequested(page.id, request.id, binding, question, choices, actor.id()));
        return request;
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
                vote.rulebookVersion(), false);
    }

    /**
     * A Board resolution decided by the directors' votes in election-service: when it passed and concerns a proposal
     * still awaiting resolution, the proposal is resolved with the outcome the resolution proposed. A failed
     * resolution changes nothing; the Board may vote again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void boardResolutionDecided(BoardResolutionDecided resolution) {
        if (resolution.proposalId() == null || !resolution.passed()) {
            return;
        }
        Optional<Page> found = Page.findByIdOptional(resolution.proposalId());
        if (found.isEmpty() || found.get().resolved() || found.get().section != Section.PROPOSALS_FOR_RESOLUTION
                || VoteRequest.openBinding(found.get().id).isPresent()) {
            LOG.warnf("Board resolution %s concerns proposal %s, which does not await a Board resolution; recorded nowhere",
                    resolution.resolutionId(), resolution.proposalId());
            return;
        }
        Outcome outcome = "favourable".equalsIgnoreCase(resolution.proposedOutcome()) ? Outcome.FAVOURABLE : Outcome.UNFAVOURABLE;
        apply(found.get(), outcome, ResolutionMethod.BOARD_RESOLUTION, resolution.resolutionId(), BOARD_VOTE_ACTOR,
                "Board resolution " + resolution.resolutionId() + " (" + resolution.explanation() + ")", resolution.rulebookVersion(), false);
    }

    /**
     * Records the resolution and moves the proposal where the seed says. A person acting gets refusals (name taken,
     * amended policy no longer active); a vote's outcome is never refused, so the catalogue always follows the members.
     */
    private void apply(Page page, Outcome outcome, ResolutionMethod method, String reference, String by, String reason,
                       int rulebookVersion, boolean refusable) {
        Instant now = Instant.now(clock);
        Section target = outcome == Outcome.FAVOURABLE && page.kind != Kind.AMENDMENT ? Section.ACTIVE_POLICIES : Section.ARCHIVED_PROPOSALS;
        String name = refusable ? page.name : mover.freeName(page, target);
        if (outcome == Outcome.FAVOURABLE && page.kind == Kind.AMENDMENT) {
            Page policy = catalogue.byId(page.amendsPageId);
            if (policy.section == Section.ACTIVE_POLICIES) {
                Revision proposed = catalogue.current(page);
                pages.addRevision(policy, policy.title, proposed.text, by, "Amended by " + page.path() + " (" + reason + ")", page.id, now);
            } else if (refusable) {
                throw ProblemException.rule("not-an-active-policy", "the amended policy " + policy.path()
                        + " is no longer active; resolve the amendment unfavourably or withdraw it", "amends");
            } else {
                LOG.warnf("amendment %s passed but %s is no longer active; archiving the amendment unapplied", page.id, policy.path());
            }
        }
        page.resolutionOutcome = outcome;
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
