package dev.pygov.commons.inbox;

import dev.pygov.commons.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Operators' view of the consumed records this service refused or could not apply, newest first. */
@Path("/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterAdminResource {

    static final int MAX_LIMIT = 200;

    private final EntityManager entityManager;

    public DeadLetterAdminResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One refused record: which consumer, from which topic, the event's envelope if it had one, and why. */
    public record DeadLetter(long id, String consumer, String topic, String source, String eventId, String type,
                             String reason, String record, Instant recordedAt) {
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public List<DeadLetter> list(@QueryParam("limit") @DefaultValue("50") int limit) {
        int bounded = Math.max(1, Math.min(limit, MAX_LIMIT));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT id, consumer, topic, ce_source, ce_id, ce_type, reason, record, recorded_at "
                                + "FROM dead_letter ORDER BY id DESC")
                .setMaxResults(bounded).getResultList();
        return rows.stream().map(row -> new DeadLetter(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                (String) row[3], (String) row[4], (String) row[5], (String) row[6], (String) row[7], instant(row[8]))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return null;
    }
}
