package dev.pygov.commons.outbox;

import dev.pygov.commons.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

/** Operators' view of the event outbox of this service. */
@Path("/admin/outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxAdminResource {

    private final EntityManager entityManager;

    public OutboxAdminResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public OutboxStatus status() {
        long pending = count("publishedAt IS NULL");
        long published = count("publishedAt IS NOT NULL");
        List<Object[]> oldest = entityManager.createQuery(
                        "SELECT createdAt, lastError FROM OutboxMessage WHERE publishedAt IS NULL ORDER BY id", Object[].class)
                .setMaxResults(1).getResultList();
        return new OutboxStatus(pending, published,
                oldest.isEmpty() ? null : (Instant) oldest.get(0)[0],
                oldest.isEmpty() ? null : (String) oldest.get(0)[1]);
    }

    private long count(String condition) {
        return entityManager.createQuery("SELECT count(m) FROM OutboxMessage m WHERE " + condition, Long.class).getSingleResult();
    }
}
