package dev.pygov.proposal.domain;

import dev.pygov.commons.problem.ProblemException;

import java.util.List;

/** The seed's access control, enforced: who may create in, edit and add authors to each section. */
public final class WriteRules {

    /** Sections a page reaches only by a fact (resolution, withdrawal, retirement), never by being written there. */
    private static final java.util.Set<Section> DECIDED = java.util.EnumSet.of(Section.ACTIVE_POLICIES,
            Section.ARCHIVED_PROPOSALS, Section.RETIRED_POLICIES);

    private WriteRules() {
    }

    public static void checkCreate(Actor actor, Section section) {
        if (DECIDED.contains(section)) {
            throw ProblemException.rule("section-by-resolution-only", "nobody creates a page in " + section.wikiName
                    + ": pages enter it only by a resolution, a withdrawal or a retirement of a proposal", "section");
        }
        if (section == Section.COUNCIL_MEETINGS) {
            checkCouncillor(actor);
        } else if (section == Section.PROPOSALS_FOR_DISCUSSION) {
            if (!actor.isMember()) {
                throw forbidden("members-only", "only PSF members create proposals for discussion");
            }
        } else if (!actor.isBoard()) {
            throw forbidden("board-only", "only directors and officers write to " + section.wikiName);
        }
    }

    /** Discussion pages belong to their authors; every other section to the directors and officers. */
    public static void checkEdit(Actor actor, Section section, List<String> authors) {
        if (section == Section.ACTIVE_POLICIES || section == Section.RETIRED_POLICIES) {
            throw ProblemException.rule("policy-by-resolution-only", "a policy's text changes only by an amendment the Board "
                    + "resolves; propose one in ProposalsForDiscussion", "section");
        }
        if (section == Section.COUNCIL_MEETINGS) {
            checkCouncillor(actor);
        } else if (section == Section.PROPOSALS_FOR_DISCUSSION) {
            if (!authors.contains(actor.id())) {
                throw forbidden("not-an-author", "only the proposal's authors edit it while it is under discussion");
            }
        } else if (!actor.isBoard()) {
            throw forbidden("board-only", "only directors and officers write to " + section.wikiName);
        }
    }

    public static void checkAddAuthor(Actor actor, Section section, List<String> authors) {
        checkEdit(actor, section, authors);
    }

    /** Agendas and minutes go in meeting sections, and nothing else does. */
    public static void checkKindFitsSection(Kind kind, Section section) {
        if (kind.ofMeeting() != section.holdsMeetings()) {
            throw ProblemException.rule("kind-not-in-section", kind.ofMeeting()
                    ? "agendas and minutes belong in BoardMeetings or PackagingCouncilMeetings"
                    : section.wikiName + " holds only agendas and minutes", "kind");
        }
    }

    private static void checkCouncillor(Actor actor) {
        if (!actor.isCouncillor()) {
            throw forbidden("council-only", "only Packaging Council members write the council's agendas and minutes");
        }
    }

    private static ProblemException forbidden(String slug, String detail) {
        return ProblemException.forbidden(slug, detail);
    }
}
