package dev.pygov.election.api;

import dev.pygov.election.domain.BallotService;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/** The caller's own ballot: cast (no key), replace (with the key kept from the first cast), check. */
@Path("/elections/{id}/ballot")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BallotResource {

    private final BallotService ballots;
    private final SecurityIdentity identity;

    public BallotResource(BallotService ballots, SecurityIdentity identity) {
        this.ballots = ballots;
        this.identity = identity;
    }

    @PUT
    @Authenticated
    public Views.ReceiptView cast(@PathParam("id") UUID id, @NotNull @Valid Requests.Ballot ballot) {
        String voter = identity.getPrincipal().getName();
        BallotService.Receipt receipt = ballots.castOrReplace(id, voter, ballot.scores(), ballot.ballotKey());
        return new Views.ReceiptView(receipt.tracker(), receipt.ballotKey());
    }

    @POST
    @Path("/lookup")
    @Authenticated
    public Views.BallotView lookup(@PathParam("id") UUID id, @NotNull @Valid Requests.BallotKey key) {
        BallotService.StoredBallot stored = ballots.lookup(id, key.ballotKey());
        return new Views.BallotView(stored.tracker(), stored.scores());
    }
}
