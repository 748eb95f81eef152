package dev.pygov.proposal.api;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.commons.security.Roles;
import dev.pygov.proposal.domain.Catalogue;
import dev.pygov.proposal.domain.Page;
import dev.pygov.proposal.domain.PageService;
import dev.pygov.proposal.domain.ResolutionService;
import dev.pygov.proposal.domain.Section;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * One page at its wiki path. A path the page has moved away from answers 308 to the current path, for every
 * method and sub-resource, so old links and old clients keep working.
 */
@Path("/" + dev.pygov.proposal.domain.PagePath.ROOT + "/{section}/{name}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PageResource {


    private final Catalogue catalogue;
    private final PageService pages;
    private final ResolutionService resolutions;
    private final PageViews views;
    private final SecurityIdentity identity;

    public PageResource(Catalogue catalogue, PageService pages, ResolutionService resolutions, PageViews views,
                        SecurityIdentity identity) {
        this.catalogue = catalogue;
        this.pages = pages;
        this.resolutions = resolutions;
        this.views = views;
        this.identity = identity;
    }

    @GET
    @PermitAll
    public Views.PageView read(@PathParam("section") String section, @PathParam("name") String name) {
        return views.of(pageId(section, name));
    }

    /** Revisions, newest first, without their texts. */
    @GET
    @Path("/history")
    @PermitAll
    @Transactional
    public Views.ListView<Views.RevisionView> history(@PathParam("section") String section, @PathParam("name") String name,
                                                      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        Page found = catalogue.byId(pageId(section, name));
        var slice = catalogue.history(found, page, size).map(r -> Views.RevisionView.of(r, views::pathOf, false));
        return new Views.ListView<>(slice.items(), slice.page(), slice.size(), slice.total());
    }

    @GET
    @Path("/revisions/{number}")
    @PermitAll
    @Transactional
    public Views.RevisionView revision(@PathParam("section") String section, @PathParam("name") String name,
                                       @PathParam("number") int number) {
        Page found = catalogue.byId(pageId(section, name));
        return Views.RevisionView.of(catalogue.revision(found, number, "number"), views::pathOf, true);
    }

    @GET
    @Path("/diff")
    @PermitAll
    @Transactional
    public Views.DiffView diff(@PathParam("section") String section, @PathParam("name") String name,
                               @QueryParam("from") @NotNull Integer from, @QueryParam("to") @NotNull Integer to) {
        Page found = catalogue.byId(pageId(section, name));
        return new Views.DiffView(from, to, catalogue.diff(found, from, to));
    }

    @GET
    @Path("/moves")
    @PermitAll
    @Transactional
    public List<Views.MoveView> moves(@PathParam("section") String section, @PathParam("name") String name) {
        return catalogue.moves(catalogue.byId(pageId(section, name))).stream().map(Views.MoveView::of).toList();
    }

    /** A new revision: authors under discussion, councillors in the council's meetings, directors and officers elsewhere. */
    @PUT
    @RolesAllowed({Roles.BASIC_MEMBER, Roles.VOTING_MEMBER, Roles.DIRECTOR, Roles.OFFICER, Roles.COUNCIL_MEMBER})
    public Views.PageView revise(@PathParam("section") String section, @PathParam("name") String name,
                                 @NotNull @Valid Requests.Revise request) {
        Page page = pages.revise(Callers.actor(identity), pageId(section, name), request.title(), request.text(), request.comment(),
                Requests.Decision.toDomain(request.decisions()));
        return views.of(page.id);
    }

    @POST
    @Path("/authors")
    @RolesAllowed({Roles.BASIC_MEMBER, Roles.VOTING_MEMBER, Roles.DIRECTOR, Roles.OFFICER, Roles.COUNCIL_MEMBER})
    public Views.PageView addAuthor(@PathParam("section") String section, @PathParam("name") String name,
                                    @NotNull @Valid Requests.AddAuthor request) {
        Page page = pages.addAuthor(Callers.actor(identity), pageId(section, name), request.authorId());
        return views.of(page.id);
    }

    /** From discussion to resolution, or back; directors and officers only. */
    @POST
    @Path("/move")
    @RolesAllowed({Roles.DIRECTOR, Roles.OFFICER})
    public Views.MoveView move(@PathParam("section") String section, @PathParam("name") String name,
                               @NotNull @Valid Requests.Move request) {
        return Views.MoveView.of(resolutions.moveByHand(Callers.actor(identity), pageId(section, name),
                Section.parse(request.toSection(), "toSection"), request.name(), request.reason()));
    }

    @POST
    @Path("/withdrawal")
    @RolesAllowed({Roles.DIRECTOR, Roles.OFFICER})
    public Views.PageView withdraw(@PathParam("section") String section, @PathParam("name") String name,
                                   @NotNull @Valid Requests.Reason request) {
        return views.of(resolutions.withdraw(Callers.actor(identity), pageId(section, name), request.reason()).id);
    }

    @POST
    @Path("/retirement")
    @RolesAllowed({Roles.DIRECTOR, Roles.OFFICER})
    public Views.MoveView retire(@PathParam("section") String section, @PathParam("name") String name,
                                 @NotNull @Valid Requests.Reason request) {
        return Views.MoveView.of(resolutions.retire(Callers.actor(identity), pageId(section, name), request.reason()));
    }

    /** The id of the page living at this path; a page that moved away answers 308 through {@link PageMovedException}. */
    private String pageId(String section, String name) {
        Section parsed;
        try {
            parsed = Section.parse(section, "section");
        } catch (ProblemException e) {
            throw ProblemException.notFound("section", section);
        }
        var located = catalogue.locate(parsed, name);
        if (located.moved()) {
            throw new PageMovedException(located.page().path());
        }
        return located.page().id;
    }
}
