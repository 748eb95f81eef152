package dev.pygov.election.api;

import dev.pygov.election.domain.RulebookInForce;
import dev.pygov.election.domain.RulebookService;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The rulebook version in force and its document. Public. */
@Path("/rulebook")
@Produces(MediaType.APPLICATION_JSON)
public class RulebookResource {

    private final RulebookService rulebooks;

    public RulebookResource(RulebookService rulebooks) {
        this.rulebooks = rulebooks;
    }

    @GET
    @PermitAll
    public Views.RulebookView inForce() {
        RulebookInForce row = RulebookInForce.get();
        return new Views.RulebookView(row.version, row.inForceSince, rulebooks.version(row.version));
    }
}
