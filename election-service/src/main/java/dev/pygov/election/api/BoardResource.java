package dev.pygov.election.api;

import dev.pygov.commons.security.Roles;
import dev.pygov.election.domain.BoardResolution;
import dev.pygov.election.domain.BoardService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** PSF Board resolutions: proposed and voted by directors, on the record (each director's vote is public). */
@Path("/board/resolutions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BoardResource {

    private final BoardService board;
    private final SecurityIdentity identity;
    private final Clock clock;

    public BoardResource(BoardService board, SecurityIdentity identity, Clock clock) {
        this.board = board;
        this.identity = identity;
        this.clock = clock;
    }

    @POST
    @RolesAllowed(Roles.DIRECTOR)
    public Response propose(@NotNull @Valid VoteRequests.BoardResolution request, @Context UriInfo uri) {
        BoardResolution resolution = board.propose(caller(), request.text(), request.proposalId(), request.proposedOutcome(),
                request.revision(), request.question(), request.options(), Instant.now(clock));
        return Response.created(uri.getAbsolutePathBuilder().path(resolution.key()).build())
                .entity(VoteViews.ResolutionView.of(resolution)).build();
    }

    @PUT
    @Path("/{id}/vote")
    @RolesAllowed(Roles.DIRECTOR)
    public VoteViews.ResolutionView vote(@PathParam("id") UUID id, @NotNull @Valid VoteRequests.BoardVote request) {
        return VoteViews.ResolutionView.of(board.vote(id, caller(), request.vote(), Instant.now(clock)));
    }

    @GET
    @PermitAll
    public List<VoteViews.ResolutionView> list() {
        return board.all().stream().map(VoteViews.ResolutionView::of).toList();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    public VoteViews.ResolutionView get(@PathParam("id") UUID id) {
        return VoteViews.ResolutionView.of(board.get(id));
    }

    private String caller() {
        return identity.getPrincipal().getName();
    }
}
