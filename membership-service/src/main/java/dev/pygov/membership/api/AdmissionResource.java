package dev.pygov.membership.api;

import dev.pygov.commons.security.Roles;
import dev.pygov.membership.domain.AdmissionService;
import dev.pygov.membership.domain.AdmissionStatus;
import dev.pygov.membership.domain.Wire;
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

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Calls for a vote to admit a new community member, and their seconds. Calls are public, as the seed requires. */
@Path("/admission-calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdmissionResource {

    private final AdmissionService admissions;
    private final SecurityIdentity identity;
    private final Clock clock;

    public AdmissionResource(AdmissionService admissions, SecurityIdentity identity, Clock clock) {
        this.admissions = admissions;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @PermitAll
    public List<Views.AdmissionCallView> list(@QueryParam("status") String status,
                                              @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                              @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        AdmissionStatus byStatus = status == null ? null : Wire.parse(AdmissionStatus.class, "status", status);
        return admissions.list(byStatus, page, size).stream().map(Views.AdmissionCallView::of).toList();
    }

    @GET
    @Path("/{callId}")
    @PermitAll
    public Views.AdmissionCallView get(@PathParam("callId") UUID callId) {
        return Views.AdmissionCallView.of(admissions.require(callId));
    }

    @POST
    @RolesAllowed(Roles.PACKAGING_MEMBER)
    public Response call(@NotNull @Valid Requests.CallForAdmission request) {
        var call = admissions.call(request.candidatePersonId(), caller(), request.channelUrl(), Instant.now(clock));
        return Response.status(201).entity(Views.AdmissionCallView.of(call)).build();
    }

    @POST
    @Path("/{callId}/seconds")
    @RolesAllowed(Roles.PACKAGING_MEMBER)
    public Views.AdmissionCallView second(@PathParam("callId") UUID callId) {
        return Views.AdmissionCallView.of(admissions.second(callId, caller(), Instant.now(clock)));
    }

    private String caller() {
        return identity.getPrincipal().getName();
    }
}
