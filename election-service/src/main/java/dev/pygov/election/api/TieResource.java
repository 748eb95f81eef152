package dev.pygov.election.api;

import dev.pygov.commons.security.Roles;
import dev.pygov.election.domain.ElectionService;
import dev.pygov.election.domain.TieService;
import dev.pygov.tally.UnresolvedTie;
import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** An unresolved tie: public; settled by the tied candidates' agreement or by the Returning Officer's draw. */
@Path("/elections/{id}/tie")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TieResource {

    private final TieService ties;
    private final ElectionService elections;
    private final SecurityIdentity identity;
    private final Clock clock;

    public TieResource(TieService ties, ElectionService elections, SecurityIdentity identity, Clock clock) {
        this.ties = ties;
        this.elections = elections;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @PermitAll
    public UnresolvedTie tie(@PathParam("id") UUID id) {
        return ties.pendingTie(elections.get(id));
    }

    @POST
    @Path("/agreement")
    @Authenticated
    public Views.ElectionView agree(@PathParam("id") UUID id, @NotNull @Valid Requests.TieAgreement agreement) {
        ties.agree(id, identity.getPrincipal().getName(), agreement.order(), Instant.now(clock));
        return Views.ElectionView.of(elections.get(id));
    }

    /** A tied candidate declares they cannot agree; once every tied candidate has, the officer may draw at once. */
    @POST
    @Path("/cannot-agree")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    public Views.ElectionView cannotAgree(@PathParam("id") UUID id) {
        ties.cannotAgree(id, identity.getPrincipal().getName(), Instant.now(clock));
        return Views.ElectionView.of(elections.get(id));
    }

    @POST
    @Path("/draw")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.RETURNING_OFFICER)
    public Views.ElectionView draw(@PathParam("id") UUID id) {
        ties.draw(id, identity.getPrincipal().getName(), Instant.now(clock));
        return Views.ElectionView.of(elections.get(id));
    }
}
