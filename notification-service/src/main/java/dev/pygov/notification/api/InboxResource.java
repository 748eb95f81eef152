package dev.pygov.notification.api;

import dev.pygov.notification.domain.InboxService;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/** The caller's own in-app notices. */
@Path("/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class InboxResource {

    private final InboxService inbox;
    private final SecurityIdentity identity;

    public InboxResource(InboxService inbox, SecurityIdentity identity) {
        this.inbox = inbox;
        this.identity = identity;
    }

    @GET
    public List<NoticeView> mine() {
        return inbox.inbox(me()).stream().map(NoticeView::of).toList();
    }

    @GET
    @Path("/unread-count")
    public long unread() {
        return inbox.unread(me());
    }

    @POST
    @Path("/{id}/read")
    public NoticeView markRead(@PathParam("id") UUID id) {
        return NoticeView.of(inbox.markRead(me(), id));
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
