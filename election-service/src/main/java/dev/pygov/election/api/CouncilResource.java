package dev.pygov.election.api;

import dev.pygov.election.domain.CouncilSeat;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The council's seats: who holds them now, and every tenure so far. Public. */
@Path("/council")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilResource {

    @GET
    @Path("/seats")
    @PermitAll
    public List<Views.SeatView> seats() {
        return CouncilSeat.current().stream().map(Views.SeatView::of).toList();
    }

    @GET
    @Path("/history")
    @PermitAll
    public List<Views.SeatView> history() {
        return CouncilSeat.history().stream().map(Views.SeatView::of).toList();
    }
}
