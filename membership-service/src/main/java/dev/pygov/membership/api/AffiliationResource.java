package dev.pygov.membership.api;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.commons.security.Roles;
import dev.pygov.membership.domain.Affiliation;
import dev.pygov.membership.domain.AffiliationRules;
import dev.pygov.membership.domain.AffiliationService;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

/** Affiliations: self-declared by the person, or recorded (and so confirmed) by an officer. */
@Path("/affiliations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AffiliationResource {

    private final AffiliationService affiliations;
    private final SecurityIdentity identity;

    public AffiliationResource(AffiliationService affiliations, SecurityIdentity identity) {
        this.affiliations = affiliations;
        this.identity = identity;
    }

    /** Affiliations decide council eligibility (the employer limit), so every signed-in person may read them. */
    @GET
    @Authenticated
    public List<Views.AffiliationView> of(@QueryParam("personId") @NotBlank String personId) {
        return affiliations.of(personId).stream().map(this::view).toList();
    }

    /** The caller declares an affiliation of their own; an officer confirms it later. */
    @POST
    @Path("mine")
    @Authenticated
    public Response declareMine(@NotNull @Valid Requests.DeclareAffiliation request) {
        return created(declare(caller(), request, false));
    }

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response record(@NotNull @Valid Requests.DeclareAffiliation request) {
        if (request.personId() == null || request.personId().isBlank()) {
            throw ProblemException.invalid("personId", "name the person the affiliation is recorded for");
        }
        return created(declare(request.personId(), request, true));
    }

    @POST
    @Path("{affiliationId}/confirmation")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Views.AffiliationView confirm(@PathParam("affiliationId") UUID affiliationId) {
        return view(affiliations.confirm(affiliationId, caller()));
    }

    @POST
    @Path("{affiliationId}/end")
    @Authenticated
    public Views.AffiliationView end(@PathParam("affiliationId") UUID affiliationId, @NotNull @Valid Requests.EndAffiliation request) {
        boolean officer = identity.hasRole(Roles.OFFICER) || identity.hasRole(Roles.ADMIN);
        return view(affiliations.end(affiliationId, request.until(), caller(), officer));
    }

    private Affiliation declare(String personId, Requests.DeclareAffiliation request, boolean confirmed) {
        return affiliations.declare(personId, request.organisationId(), AffiliationRules.kind(request.kind()),
                request.since(), request.until(), caller(), confirmed);
    }

    private Response created(Affiliation affiliation) {
        return Response.status(201).entity(view(affiliation)).build();
    }

    private Views.AffiliationView view(Affiliation a) {
        return Views.AffiliationView.of(a, affiliations.rootOf(a.organisationId));
    }

    private String caller() {
        return identity.getPrincipal().getName();
    }
}
