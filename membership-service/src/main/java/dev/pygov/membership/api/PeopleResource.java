package dev.pygov.membership.api;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.commons.security.Roles;
import dev.pygov.membership.domain.MembershipClass;
import dev.pygov.membership.domain.PersonService;
import dev.pygov.membership.domain.PsfMembershipService;
import dev.pygov.membership.domain.PsfRole;
import dev.pygov.membership.domain.RoleService;
import dev.pygov.membership.domain.Wire;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeopleResource {

    private final PersonService people;
    private final PsfMembershipService membership;
    private final RoleService roles;
    private final Clock clock;
    private final SecurityIdentity identity;

    public PeopleResource(PersonService people, PsfMembershipService membership, RoleService roles, SecurityIdentity identity, Clock clock) {
        this.clock = clock;
        this.people = people;
        this.membership = membership;
        this.roles = roles;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response register(@NotNull @Valid RegisterPersonRequest request, @Context UriInfo uri) {
        var person = people.register(request.subject(), request.name(), request.displayName(), request.email());
        return Response.created(uri.getAbsolutePathBuilder().path(person.id).build()).entity(PersonView.of(person)).build();
    }

    @GET
    @Path("/me")
    @Authenticated
    public PersonView me() {
        String subject = caller();
        return people.find(subject).map(PersonView::of)
                .orElseThrow(() -> ProblemException.notFound("person", subject));
    }

    @PUT
    @Path("/me")
    @Authenticated
    public PersonView updateMe(@NotNull @Valid Requests.UpdateProfile request) {
        return PersonView.of(people.updateProfile(caller(), request.name(), request.displayName()));
    }

    /** The roles this service says the caller holds (what their next token should carry). */
    @GET
    @Path("/me/roles")
    @Authenticated
    public Views.MyRoles myRoles() {
        return new Views.MyRoles(caller(), roles.rolesOf(caller()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DIRECTOR, Roles.OFFICER, Roles.ADMIN})
    public PersonView get(@PathParam("id") String id) {
        return people.find(id).map(PersonView::of).orElseThrow(() -> ProblemException.notFound("person", id));
    }

    @PUT
    @Path("/{id}/membership-class")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Views.MembershipPeriod setClass(@PathParam("id") String id, @NotNull @Valid Requests.SetMembershipClass request) {
        MembershipClass membershipClass = Wire.parse(MembershipClass.class, "membershipClass", request.membershipClass());
        return Views.MembershipPeriod.of(membership.setClass(id, membershipClass, request.since(), request.until()));
    }

    @GET
    @Path("/{id}/membership-class")
    @RolesAllowed({Roles.DIRECTOR, Roles.OFFICER, Roles.ADMIN})
    public List<Views.MembershipPeriod> classHistory(@PathParam("id") String id) {
        people.require(id, "id");
        return membership.historyOf(id).stream().map(Views.MembershipPeriod::of).toList();
    }

    @POST
    @Path("/{id}/roles")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response grantRole(@PathParam("id") String id, @NotNull @Valid Requests.GrantRole request) {
        PsfRole role = Wire.parse(PsfRole.class, "role", request.role());
        return Response.status(201).entity(Views.RoleHeld.of(
                membership.grantRole(id, role, request.from(), request.until(), request.authority(), caller()))).build();
    }

    /** Ends a granted role period early (recorded, never deleted), on the authority the request names. */
    @POST
    @Path("/{id}/roles/{grantId}/end")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Views.RoleHeld endRole(@PathParam("id") String id, @PathParam("grantId") UUID grantId,
                                  @NotNull @Valid Requests.EndRole request) {
        return Views.RoleHeld.of(membership.endRole(id, grantId, request.at() == null ? Instant.now(clock) : request.at(),
                request.authority(), caller()));
    }

    @GET
    @Path("/{id}/roles")
    @RolesAllowed({Roles.DIRECTOR, Roles.OFFICER, Roles.ADMIN})
    public List<Views.RoleHeld> rolesHeld(@PathParam("id") String id) {
        people.require(id, "id");
        return membership.rolesHeldBy(id).stream().map(Views.RoleHeld::of).toList();
    }

    private String caller() {
        return identity.getPrincipal().getName();
    }
}
