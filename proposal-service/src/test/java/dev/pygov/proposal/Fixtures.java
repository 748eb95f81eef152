package dev.pygov.proposal;

import dev.pygov.commons.security.Roles;
import dev.pygov.events.election.BoardResolutionDecided;
import dev.pygov.proposal.domain.Actor;
import dev.pygov.proposal.domain.Kind;
import dev.pygov.proposal.domain.Page;
import dev.pygov.proposal.domain.PageService;
import dev.pygov.proposal.domain.ResolutionService;
import dev.pygov.proposal.domain.Section;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.Set;
import java.util.UUID;

/** Puts pages into a known state through the domain services, as the named people would. */
public final class Fixtures {

    public static final Actor BEA_BASIC = new Actor("bea", Set.of(Roles.BASIC_MEMBER));
    public static final Actor DORA_DIRECTOR = new Actor("dora", Set.of(Roles.DIRECTOR, Roles.VOTING_MEMBER));

    private Fixtures() {
    }

    public static String uniqueName(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public static Page discussion(PageService pages, String name) {
        return pages.create(BEA_BASIC, new PageService.NewPage(null, name, "Title of " + name, Kind.STRATEGIC_PROPOSAL, null,
                "line one\nline two", "first draft"));
    }

    /** A policy made active the one way there is: a proposal the Board's passed resolution adopted. */
    public static Page activePolicy(PageService pages, ResolutionService resolutions, String name) {
        Page page = pages.create(BEA_BASIC, new PageService.NewPage(null, name, "Policy " + name,
                Kind.STRATEGIC_PROPOSAL, null, "policy text", "first draft"));
        resolutions.moveByHand(DORA_DIRECTOR, page.id, Section.PROPOSALS_FOR_RESOLUTION, null, "ready");
        boardDecides(resolutions, page.id, "favourable", 1);
        return reload(page.id);
    }

    /** The directors passed a resolution about the page in election-service (what its BoardResolutionDecided says). */
    public static String boardDecides(ResolutionService resolutions, String pageId, String proposedOutcome, int revision) {
        return boardDecides(resolutions, new BoardResolutionDecided("res-" + UUID.randomUUID(), pageId, proposedOutcome,
                "The Board resolves " + pageId, true, 3, 1, 0, 1, 5, "3 yes votes of 5 directors", 1, revision, null, null));
    }

    public static String boardDecides(ResolutionService resolutions, BoardResolutionDecided decided) {
        QuarkusTransaction.requiringNew().run(() -> resolutions.boardResolutionDecided(decided));
        return decided.resolutionId();
    }

    public static Page forResolution(PageService pages, ResolutionService resolutions, String name) {
        Page page = discussion(pages, name);
        resolutions.moveByHand(DORA_DIRECTOR, page.id, Section.PROPOSALS_FOR_RESOLUTION, null, "ready");
        return reload(page.id);
    }

    public static Page reload(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Page.<Page>findById(id));
    }

    public static String path(Section section, String name) {
        return "/PythonSoftwareFoundation/" + section.wikiName + "/" + name;
    }
}
