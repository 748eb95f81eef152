package dev.pygov.election.api;

import dev.pygov.commons.security.Roles;
import dev.pygov.election.domain.BallotBoxes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * Operators' view of the ballot intake: how many accepted ballots wait to be mixed into slots (docs/decisions/0515), and
 * how many the mixer quarantined because they could not be placed, by box and reason (0516).
 */
@Path("/admin/ballot-intake")
@Produces(MediaType.APPLICATION_JSON)
public class BallotIntakeResource {

    public record IntakeStatus(long waiting, long quarantined, List<BallotBoxes.Quarantined> quarantine) {
    }

    private final BallotBoxes boxes;

    public BallotIntakeResource(BallotBoxes boxes) {
        this.boxes = boxes;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public IntakeStatus status() {
        List<BallotBoxes.Quarantined> quarantine = boxes.quarantined();
        return new IntakeStatus(boxes.waiting(), quarantine.stream().mapToLong(BallotBoxes.Quarantined::ballots).sum(), quarantine);
    }
}
