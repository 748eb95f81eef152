package dev.pygov.election.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pygov.commons.security.Roles;
import dev.pygov.election.domain.GovernanceChange;
import dev.pygov.election.domain.GovernanceService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** Changing the governance: proposed rulebook versions, their diffs and their votes. */
@Path("/governance/changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GovernanceResource {

    private final GovernanceService governance;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final Clock clock;

    public GovernanceResource(GovernanceService governance, SecurityIdentity identity, ObjectMapper json, Clock clock) {
        this.governance = governance;
        this.identity = identity;
        this.json = json;
        this.clock = clock;
    }

    @POST
    @RolesAllowed(Roles.PACKAGING_MEMBER)
    public Response propose(@NotNull @Valid VoteRequests.GovernanceChange request, @Context UriInfo uri) {
        GovernanceChange change = governance.propose(caller(), request.rulebook(), request.summary(), Instant.now(clock));
        return Response.created(uri.getAbsolutePathBuilder().path(change.id.toString()).build()).entity(view(change.id)).build();
    }

    @GET
    @PermitAll
    public List<VoteViews.ChangeView> list() {
        return governance.all().stream().map(c -> VoteViews.ChangeView.of(c, null, null)).toList();
    }

    /** The change, its whole document and its diff against the version in force when it was proposed. */
    @GET
    @Path("/{id}")
    @PermitAll
    public VoteViews.ChangeView get(@PathParam("id") UUID id) {
        return view(id);
    }

    /** Only when the rulebook asks for a second (secondingDays above 0). */
    @POST
    @Path("/{id}/second")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.PACKAGING_MEMBER)
    public VoteViews.ChangeView second(@PathParam("id") UUID id) {
        governance.second(id, caller(), Instant.now(clock));
        return view(id);
    }

    private VoteViews.ChangeView view(UUID id) {
        GovernanceService.Diffed diffed = governance.get(id);
        try {
            return VoteViews.ChangeView.of(diffed.change(), diffed.changes(), json.readTree(diffed.change().rulebookJson));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored rulebook documents are JSON", e);
        }
    }

    private String caller() {
        return identity.getPrincipal().getName();
    }
}
