package dev.pygov.notification.api;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.commons.security.Roles;
import dev.pygov.notification.domain.MailMessage;
import dev.pygov.notification.domain.MailQueue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Operators' view of the mail queue: what waits, what was parked after repeated failure, and sending it again. */
@Path("/admin/mail")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class MailAdminResource {

    public record MailView(UUID id, String personId, String kind, String to, String subject, String status, int attempts,
                           Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
        static MailView of(MailMessage m) {
            return new MailView(m.id, m.personId, m.kind, m.toAddress, m.subject, m.status.name(), m.attempts,
                    m.nextAttemptAt, m.lastError, m.createdAt, m.sentAt);
        }
    }

    private final MailQueue queue;

    public MailAdminResource(MailQueue queue) {
        this.queue = queue;
    }

    @GET
    public List<MailView> byStatus(@QueryParam("status") @DefaultValue("PARKED") String status,
                                   @QueryParam("limit") @DefaultValue("100") int limit) {
        MailMessage.Status wanted = Arrays.stream(MailMessage.Status.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("status", "status must be one of " + Arrays.toString(MailMessage.Status.values())));
        if (limit < 1 || limit > 1000) {
            throw ProblemException.invalid("limit", "limit must be between 1 and 1000");
        }
        return queue.withStatus(wanted, limit).stream().map(MailView::of).toList();
    }

    @POST
    @Path("/{id}/retry")
    public MailView retry(@PathParam("id") UUID id) {
        return MailView.of(queue.retry(id));
    }
}
