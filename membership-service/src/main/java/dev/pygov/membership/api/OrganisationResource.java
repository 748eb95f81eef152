package dev.pygov.membership.api;

import dev.pygov.commons.security.Roles;
import dev.pygov.membership.domain.AffiliationService;
import dev.pygov.membership.domain.OrganisationKind;
import dev.pygov.membership.domain.Wire;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Companies, non-profits and educational institutions, with their parents. */
@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    private final AffiliationService affiliations;

    public OrganisationResource(AffiliationService affiliations) {
        this.affiliations = affiliations;
    }

    @GET
    @PermitAll
    public List<Views.OrganisationView> list() {
        return affiliations.organisations().stream().map(o -> Views.OrganisationView.of(o, affiliations.rootOf(o.id))).toList();
    }

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response create(@NotNull @Valid Requests.CreateOrganisation request) {
        OrganisationKind kind = Wire.parse(OrganisationKind.class, "kind", request.kind());
        var organisation = affiliations.createOrganisation(request.id(), request.name(), kind, request.parentId());
        return Response.status(201).entity(Views.OrganisationView.of(organisation, affiliations.rootOf(organisation.id))).build();
    }
}
