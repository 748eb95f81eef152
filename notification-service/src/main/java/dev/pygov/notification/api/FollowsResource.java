package dev.pygov.notification.api;

import dev.pygov.notification.domain.Follows;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The proposals the caller follows: they hear when one moves, as its authors do. */
@Path("/follows/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class FollowsResource {

    private final Follows follows;
    private final SecurityIdentity identity;

    public FollowsResource(Follows follows, SecurityIdentity identity) {
        this.follows = follows;
        this.identity = identity;
    }

    @GET
    public List<String> mine() {
        return follows.followedBy(me());
    }

    @PUT
    @Path("/{proposalId}")
    public List<String> follow(@PathParam("proposalId") String proposalId) {
        follows.follow(me(), proposalId);
        return follows.followedBy(me());
    }

    @DELETE
    @Path("/{proposalId}")
    public List<String> unfollow(@PathParam("proposalId") String proposalId) {
        follows.unfollow(me(), proposalId);
        return follows.followedBy(me());
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
