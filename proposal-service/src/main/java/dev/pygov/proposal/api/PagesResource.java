package dev.pygov.proposal.api;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.commons.security.Roles;
import dev.pygov.proposal.domain.Catalogue;
import dev.pygov.proposal.domain.Kind;
import dev.pygov.proposal.domain.PageFilter;
import dev.pygov.proposal.domain.PageService;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The catalogue as a list, new pages, and pages by id. Reading is public. */
@Path("/pages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PagesResource {

    private final Catalogue catalogue;
    private final PageService pages;
    private final PageViews views;
    private final SecurityIdentity identity;

    public PagesResource(Catalogue catalogue, PageService pages, PageViews views, SecurityIdentity identity) {
        this.catalogue = catalogue;
        this.pages = pages;
        this.views = views;
        this.identity = identity;
    }

    /** Newest change first; filters combine. */
    @GET
    @PermitAll
    @Transactional
    public Views.ListView<Views.PageSummary> list(@QueryParam("section") String section, @QueryParam("kind") String kind,
                                                  @QueryParam("author") String author, @QueryParam("q") String text,
                                                  @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                  @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        var filter = new PageFilter(section == null ? null : Section.parse(section, "section"),
                kind == null ? null : parseKind(kind), author, text);
        var slice = catalogue.list(filter, page, size).map(Views.PageSummary::of);
        return new Views.ListView<>(slice.items(), slice.page(), slice.size(), slice.total());
    }

    /**
     * Any PSF member creates a proposal for discussion; directors and officers write every other PSF section;
     * Packaging Council members write the council's agendas and minutes.
     */
    @POST
    @RolesAllowed({Roles.BASIC_MEMBER, Roles.VOTING_MEMBER, Roles.DIRECTOR, Roles.OFFICER, Roles.COUNCIL_MEMBER})
    public Response create(@NotNull @Valid Requests.CreatePage request, @Context UriInfo uri) {
        var created = pages.create(Callers.actor(identity), new PageService.NewPage(
                request.section() == null ? null : Section.parse(request.section(), "section"),
                request.name(), request.title(), request.kind(), request.amends(), request.text(), request.comment(),
                Requests.Decision.toDomain(request.decisions())));
        var view = views.of(created.id);
        return Response.created(uri.getBaseUriBuilder().path(view.path()).build()).entity(view).build();
    }

    private static Kind parseKind(String kind) {
        try {
            return Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("kind", "unknown kind '" + kind + "'");
        }
    }

    /** Answers 308 with the page's current path. */
    @GET
    @Path("/{id}")
    @PermitAll
    public Response byId(@PathParam("id") String id, @Context UriInfo uri) {
        if (id.length() > 36) {
            throw ProblemException.notFound("page", id);
        }
        return Response.status(308).location(uri.getBaseUriBuilder().path(views.pathOf(id).toString()).build()).build();
    }
}
