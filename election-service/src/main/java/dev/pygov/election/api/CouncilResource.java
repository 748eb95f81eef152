package dev.pygov.election.api;

import dev.pygov.commons.security.Roles;
import dev.pygov.election.domain.CouncilSeat;
import dev.pygov.election.domain.CouncilService;
import dev.pygov.election.domain.EmployerLimit;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The council's seats: who holds them now, which are vacant, every tenure so far; and resignations. */
@Path("/council")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilResource {

    private final CouncilService council;
    private final SecurityIdentity identity;
    private final Clock clock;

    public CouncilResource(CouncilService council, SecurityIdentity identity, Clock clock) {
        this.council = council;
        this.identity = identity;
        this.clock = clock;
    }

    /** Held and vacant seats in seat order; held seats flag employer-limit breaches read from the affiliations now. Public. */
    @GET
    @Path("/seats")
    @PermitAll
    public List<MotionViews.SeatView> seats() {
        Instant now = Instant.now(clock);
        List<EmployerLimit.Breach> breaches = council.employerLimitBreaches(now);
        return Stream.concat(
                        CouncilSeat.current().stream().map(s -> MotionViews.SeatView.held(s, breaches)),
                        council.vacancies(now).stream().map(MotionViews.SeatView::vacant))
                .sorted(Comparator.comparing(MotionViews.SeatView::seatId))
                .toList();
    }

    @GET
    @Path("/history")
    @PermitAll
    public List<MotionViews.SeatView> history() {
        return CouncilSeat.history().stream().map(MotionViews.SeatView::tenure).toList();
    }

    /** The caller resigns the seat they hold. */
    @POST
    @Path("/resignation")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.COUNCIL_MEMBER)
    public MotionViews.SeatView resign() {
        return MotionViews.SeatView.tenure(council.resign(identity.getPrincipal().getName(), Instant.now(clock)));
    }
}
