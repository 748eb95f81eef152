package dev.pygov.election.api;

import dev.pygov.commons.security.Roles;
import dev.pygov.election.domain.BallotBoxes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Operators' view of the ballot intake: how many accepted ballots wait to be mixed into slots (docs/decisions/0515). */
@Path("/admin/ballot-intake")
@Produces(MediaType.APPLICATION_JSON)
public class BallotIntakeResource {

    public record IntakeStatus(long waiting) {
    }

    private final BallotBoxes boxes;

    public BallotIntakeResource(BallotBoxes boxes) {
        this.boxes = boxes;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public IntakeStatus status() {
        return new IntakeStatus(boxes.waiting());
    }
}
