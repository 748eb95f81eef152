package dev.pygov.election.api;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.commons.security.Roles;
import dev.pygov.election.domain.CertificationService;
import dev.pygov.election.domain.Election;
import dev.pygov.election.domain.ElectionKind;
import dev.pygov.election.domain.ElectionService;
import dev.pygov.election.domain.Phase;
import dev.pygov.election.domain.RollEntry;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path("/elections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ElectionResource {

    private final ElectionService elections;
    private final CertificationService certification;
    private final SecurityIdentity identity;
    private final Clock clock;

    public ElectionResource(ElectionService elections, CertificationService certification, SecurityIdentity identity, Clock clock) {
        this.elections = elections;
        this.certification = certification;
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * The Executive Director creates the initial (whole-council) election, naming its Returning Officer; every later
     * election comes from a council motion or a dissolution (decision 0521).
     */
    @POST
    @RolesAllowed(Roles.EXECUTIVE_DIRECTOR)
    public Response create(@NotNull @Valid Requests.CreateElection request, @Context UriInfo uri) {
        Election election = elections.createInitial(ElectionKind.fromWire(request.kind(), "kind"),
                request.returningOfficerId(), caller(), Instant.now(clock));
        return Response.created(uri.getAbsolutePathBuilder().path(election.key()).build()).entity(Views.ElectionView.of(election)).build();
    }

    @GET
    @PermitAll
    public List<Views.ElectionView> list() {
        return elections.all().stream().map(Views.ElectionView::of).toList();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    public Views.ElectionView get(@PathParam("id") UUID id) {
        return Views.ElectionView.of(elections.get(id));
    }

    /** After a dissolution there is no council to nominate a Returning Officer: the Executive Director names one. */
    @PUT
    @Path("/{id}/returning-officer")
    @RolesAllowed(Roles.EXECUTIVE_DIRECTOR)
    public Views.ElectionView appointReturningOfficer(@PathParam("id") UUID id, @NotNull @Valid Requests.AppointReturningOfficer request) {
        return Views.ElectionView.of(elections.appointReturningOfficer(id, request.returningOfficerId(), caller(), Instant.now(clock)));
    }

    @PUT
    @Path("/{id}/schedule")
    @RolesAllowed(Roles.RETURNING_OFFICER)
    public Views.ElectionView schedule(@PathParam("id") UUID id, @NotNull @Valid Requests.Schedule request) {
        return Views.ElectionView.of(elections.schedule(id, caller(), request.nominationsOpenAt(), Instant.now(clock)));
    }

    @GET
    @Path("/{id}/candidates")
    @PermitAll
    public List<Views.CandidateView> candidates(@PathParam("id") UUID id) {
        return elections.candidates(id).stream().map(Views.CandidateView::of).toList();
    }

    @POST
    @Path("/{id}/nominations")
    @Authenticated
    public Response nominate(@PathParam("id") UUID id, @NotNull @Valid Requests.Nominate request) {
        var candidate = elections.nominate(id, caller(), request.ballotName(), request.statement(), Instant.now(clock));
        return Response.status(Response.Status.CREATED).entity(Views.CandidateView.of(candidate)).build();
    }

    @DELETE
    @Path("/{id}/nominations/me")
    @Authenticated
    public Response withdraw(@PathParam("id") UUID id) {
        elections.withdraw(id, caller(), Instant.now(clock));
        return Response.noContent().build();
    }

    /** The frozen roll: public names only, in alphabetical order. */
    @GET
    @Path("/{id}/roll")
    @PermitAll
    public List<String> roll(@PathParam("id") UUID id) {
        elections.get(id);
        return RollEntry.of(id).stream().map(e -> e.displayName).toList();
    }

    @POST
    @Path("/{id}/certify")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.RETURNING_OFFICER)
    public Views.ElectionView certify(@PathParam("id") UUID id) {
        return Views.ElectionView.of(certification.certify(id, caller(), Instant.now(clock)));
    }

    @GET
    @Path("/{id}/result")
    @PermitAll
    public Response result(@PathParam("id") UUID id) {
        return Response.ok(certified(id).resultJson, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{id}/report")
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    public String report(@PathParam("id") UUID id) {
        return certified(id).reportText;
    }

    /** The anonymised ballots with trackers, in the CSV the recount tool reads. */
    @GET
    @Path("/{id}/ballots.csv")
    @PermitAll
    @Produces("text/csv")
    public String ballots(@PathParam("id") UUID id) {
        return certified(id).ballotsCsv;
    }

    private Election certified(UUID id) {
        Election election = elections.get(id);
        if (election.phase != Phase.CERTIFIED) {
            throw ProblemException.conflict("not-certified", "results are published when the election is certified", "electionId");
        }
        return election;
    }

    private String caller() {
        return identity.getPrincipal().getName();
    }
}
