package dev.pygov.membership.api;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.commons.security.Roles;
import dev.pygov.membership.domain.PersonService;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

@Path("/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeopleResource {

    private final PersonService people;
    private final SecurityIdentity identity;

    public PeopleResource(PersonService people, SecurityIdentity identity) {
        this.people = people;
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
        String subject = identity.getPrincipal().getName();
        return people.find(subject).map(PersonView::of)
                .orElseThrow(() -> ProblemException.notFound("person", subject));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DIRECTOR, Roles.OFFICER, Roles.ADMIN})
    public PersonView get(@PathParam("id") String id) {
        return people.find(id).map(PersonView::of).orElseThrow(() -> ProblemException.notFound("person", id));
    }
}
