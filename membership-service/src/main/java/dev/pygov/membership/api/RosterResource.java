package dev.pygov.membership.api;

import dev.pygov.commons.security.Roles;
import dev.pygov.membership.domain.CommunityStatus;
import dev.pygov.membership.domain.JoinSource;
import dev.pygov.membership.domain.Person;
import dev.pygov.membership.domain.ResumptionRequest;
import dev.pygov.membership.domain.RosterService;
import dev.pygov.membership.domain.Wire;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The Packaging community roster: public listing and history; officers record initial members. */
@Path("/roster")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RosterResource {

    private final RosterService roster;
    private final SecurityIdentity identity;

    public RosterResource(RosterService roster, SecurityIdentity identity) {
        this.roster = roster;
        this.identity = identity;
    }

    @GET
    @PermitAll
    public Views.Page<Views.RosterEntry> list(@QueryParam("status") String status, @QueryParam("joinSource") String joinSource,
                                              @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                              @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        CommunityStatus byStatus = status == null ? null : Wire.parse(CommunityStatus.class, "status", status);
        JoinSource bySource = joinSource == null ? null : Wire.parse(JoinSource.class, "joinSource", joinSource);
        RosterService.Listing listing = roster.list(byStatus, bySource, page, size);
        List<String> ids = listing.members().stream().map(m -> m.personId).toList();
        Map<String, String> names = ids.isEmpty() ? Map.of() : Person.<Person>list("id IN ?1", ids)
                .stream().collect(Collectors.toMap(p -> p.id, p -> p.displayName));
        List<Views.RosterEntry> items = listing.members().stream().map(m -> new Views.RosterEntry(m.personId,
                names.getOrDefault(m.personId, m.personId), m.joinSource, m.nominatingOrganisation, m.qualification, m.status,
                m.joinedAt)).toList();
        return new Views.Page<>(items, page, size, listing.total());
    }

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response join(@NotNull @Valid Requests.Join request) {
        JoinSource source = Wire.parse(JoinSource.class, "joinSource", request.joinSource());
        RosterService.Correction correction = identity.hasRole(Roles.ADMIN) && request.reason() != null
                ? new RosterService.Correction(identity.getPrincipal().getName(), request.reason()) : null;
        var member = roster.join(request.personId(), source, request.nominatingOrganisation(), request.qualification(), correction);
        return Response.status(201).entity(new Views.RosterEntry(member.personId,
                Person.<Person>findById(member.personId).displayName, member.joinSource, member.nominatingOrganisation,
                member.qualification, member.status, member.joinedAt)).build();
    }

    /** Whether initial membership is still open (it ends when the first council election is certified). */
    @GET
    @Path("/phase")
    @PermitAll
    public Views.RosterPhaseView phase() {
        var phase = roster.phase();
        return new Views.RosterPhaseView(phase.initialOpen(), phase.initialEndedAt, phase.initialEndedBy);
    }

    @GET
    @Path("/{personId}/history")
    @PermitAll
    public List<Views.StatusEntry> history(@PathParam("personId") String personId) {
        return roster.historyOf(personId).stream().map(Views.StatusEntry::of).toList();
    }

    /** An inactive member's written request to resume participation (they no longer hold packaging-member). */
    @POST
    @Path("/me/resumption-requests")
    @Authenticated
    public Response resume(@NotNull @Valid Requests.Resume request) {
        return Response.status(201).entity(Views.ResumptionView.of(roster.resume(identity.getPrincipal().getName(), request.text()))).build();
    }

    @GET
    @Path("/{personId}/resumption-requests")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public List<Views.ResumptionView> resumptions(@PathParam("personId") String personId) {
        roster.requireMember(personId);
        return ResumptionRequest.of(personId).stream().map(Views.ResumptionView::of).toList();
    }
}
