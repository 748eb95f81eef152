package dev.pygov.election.api;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.commons.security.Roles;
import dev.pygov.election.domain.VoteCallService;
import dev.pygov.election.domain.VoteKind;
import dev.pygov.election.domain.VoteService;
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

/**
 * Community votes (admission, no-confidence, governance-change), PSF member votes and polls: public results and
 * rolls, secret ballots, and the public calls for a no-confidence vote.
 */
@Path("/votes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VoteResource {

    private final VoteService votes;
    private final VoteCallService calls;
    private final SecurityIdentity identity;
    private final Clock clock;

    public VoteResource(VoteService votes, VoteCallService calls, SecurityIdentity identity, Clock clock) {
        this.votes = votes;
        this.calls = calls;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @PermitAll
    public List<VoteViews.VoteView> list() {
        return votes.all().stream().map(VoteViews.VoteView::of).toList();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    public VoteViews.VoteView get(@PathParam("id") UUID id) {
        return VoteViews.VoteView.of(votes.get(id));
    }

    /** The frozen roll: public names only, in alphabetical order. */
    @GET
    @Path("/{id}/roll")
    @PermitAll
    public List<String> roll(@PathParam("id") UUID id) {
        return votes.roll(id).stream().map(e -> e.displayName).toList();
    }

    /** The counted ballots with their trackers, published once the vote is decided. */
    @GET
    @Path("/{id}/ballots")
    @PermitAll
    public List<VoteViews.BallotView> ballots(@PathParam("id") UUID id) {
        return votes.publishedBallots(id).stream().map(b -> new VoteViews.BallotView(b.tracker(), b.content())).toList();
    }

    /** Casts (no key) or replaces (with the key from the first cast) the caller's ballot; community votes need packaging-member, PSF votes voting-member. */
    @PUT
    @Path("/{id}/ballot")
    @RolesAllowed({Roles.PACKAGING_MEMBER, Roles.VOTING_MEMBER})
    public VoteViews.ReceiptView cast(@PathParam("id") UUID id, @NotNull @Valid VoteRequests.Ballot ballot) {
        String role = votes.get(id).voteKind().voterRole();
        if (!identity.hasRole(role)) {
            throw ProblemException.forbidden("wrong-role", "this vote is cast by holders of the role " + role);
        }
        VoteService.Receipt receipt = votes.cast(id, caller(), ballot.choice(), ballot.ballotKey(), Instant.now(clock));
        return new VoteViews.ReceiptView(receipt.tracker(), receipt.ballotKey());
    }

    /** The ballot a key belongs to (tracker and choice), for its holder to check. */
    @POST
    @Path("/{id}/ballot/lookup")
    @RolesAllowed({Roles.PACKAGING_MEMBER, Roles.VOTING_MEMBER})
    public VoteViews.BallotView lookup(@PathParam("id") UUID id, @NotNull @Valid VoteRequests.BallotKey key) {
        var stored = votes.lookup(id, key.ballotKey());
        return new VoteViews.BallotView(stored.tracker(), stored.content());
    }

    @GET
    @Path("/no-confidence-calls")
    @PermitAll
    public List<VoteViews.CallView> calls() {
        return calls.all(VoteKind.NO_CONFIDENCE).stream().map(VoteViews.CallView::of).toList();
    }

    @GET
    @Path("/no-confidence-calls/{callId}")
    @PermitAll
    public VoteViews.CallView call(@PathParam("callId") UUID callId) {
        return VoteViews.CallView.of(calls.get(callId));
    }

    @POST
    @Path("/no-confidence-calls")
    @RolesAllowed(Roles.PACKAGING_MEMBER)
    public Response callNoConfidence(@NotNull @Valid VoteRequests.NoConfidenceCall request, @Context UriInfo uri) {
        var call = calls.callNoConfidence(caller(), request.target(), request.personId(), request.statement(), Instant.now(clock));
        return Response.created(uri.getAbsolutePathBuilder().path(call.key()).build()).entity(VoteViews.CallView.of(call)).build();
    }

    @POST
    @Path("/no-confidence-calls/{callId}/second")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.PACKAGING_MEMBER)
    public VoteViews.CallView second(@PathParam("callId") UUID callId) {
        return VoteViews.CallView.of(calls.second(callId, caller(), Instant.now(clock)));
    }

    private String caller() {
        return identity.getPrincipal().getName();
    }
}
