package dev.pygov.election.api;

import dev.pygov.commons.security.Roles;
import dev.pygov.election.domain.Motion;
import dev.pygov.election.domain.MotionProposal;
import dev.pygov.election.domain.MotionService;
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

/** Council motions: councillors propose and vote; everyone reads the motions, each councillor's vote and the decision. */
@Path("/council/motions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MotionResource {

    private final MotionService motions;
    private final SecurityIdentity identity;
    private final Clock clock;

    public MotionResource(MotionService motions, SecurityIdentity identity, Clock clock) {
        this.motions = motions;
        this.identity = identity;
        this.clock = clock;
    }

    /** A sitting councillor (role council-member and a seat held now) proposes a motion. */
    @POST
    @RolesAllowed(Roles.COUNCIL_MEMBER)
    public Response propose(@NotNull @Valid MotionRequests.Propose request, @Context UriInfo uri) {
        Motion motion = motions.propose(caller(), new MotionProposal(request.kind(), request.title(), request.text(),
                request.subjectId(), request.electionKind(), request.cohort(), request.seats(), request.seatId(),
                request.missingCouncillorId(), request.outOfTouchSince()), Instant.now(clock));
        return Response.created(uri.getAbsolutePathBuilder().path(motion.id.toString()).build()).entity(view(motion)).build();
    }

    @GET
    @PermitAll
    public List<MotionViews.MotionView> list() {
        return motions.all().stream().map(this::view).toList();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    public MotionViews.MotionView get(@PathParam("id") UUID id) {
        return view(motions.get(id));
    }

    /** A councillor listed on the motion votes, abstains or changes their answer until the motion is decided. */
    @PUT
    @Path("/{id}/vote")
    @RolesAllowed(Roles.COUNCIL_MEMBER)
    public MotionViews.MotionView vote(@PathParam("id") UUID id, @NotNull @Valid MotionRequests.Vote request) {
        Motion motion = motions.vote(id, caller(), request.vote(), Boolean.TRUE.equals(request.conflictOfInterest()), Instant.now(clock));
        return view(motion);
    }

    private MotionViews.MotionView view(Motion motion) {
        return MotionViews.MotionView.of(motion, motions.answers(motion.id));
    }

    private String caller() {
        return identity.getPrincipal().getName();
    }
}
