package dev.pygov.membership.keycloak;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pygov.membership.domain.RoleService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps Keycloak's realm roles in step with what this service decides, when {@code pygov.keycloak.admin.url} is set.
 * Role changes mark the person in {@code role_sync_pending} in their own transaction; this relay pushes the full set of
 * managed roles afterwards (outside any transaction, retried until Keycloak accepts), so a lost call is never a lost change.
 */
@ApplicationScoped
public class KeycloakRoleSync {

    private static final Logger LOG = Logger.getLogger(KeycloakRoleSync.class);

    private final Optional<KeycloakAdmin> admin;
    private final RoleService roles;
    private final EntityManager em;

    public KeycloakRoleSync(@ConfigProperty(name = "pygov.keycloak.admin.url") Optional<String> url,
                            @ConfigProperty(name = "pygov.keycloak.admin.realm", defaultValue = "pygov") String realm,
                            @ConfigProperty(name = "pygov.keycloak.admin.token-realm", defaultValue = "pygov") String tokenRealm,
                            @ConfigProperty(name = "pygov.keycloak.admin.client-id", defaultValue = "pygov-role-sync") String clientId,
                            @ConfigProperty(name = "pygov.keycloak.admin.client-secret") Optional<String> clientSecret,
                            @ConfigProperty(name = "pygov.keycloak.admin.username") Optional<String> username,
                            @ConfigProperty(name = "pygov.keycloak.admin.password") Optional<String> password,
                            ObjectMapper json, RoleService roles, EntityManager em) {
        this.admin = url.filter(u -> !u.isBlank()).map(u -> new KeycloakAdmin(
                new KeycloakAdmin.Settings(u.replaceAll("/+$", ""), realm, tokenRealm, clientId, clientSecret, username, password), json));
        this.roles = roles;
        this.em = em;
    }

    @Scheduled(every = "${pygov.keycloak.sync-interval:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        if (admin.isPresent()) {
            try {
                syncPending();
            } catch (RuntimeException e) {
                LOG.warnf("keycloak role sync: %s; will retry", e.getMessage());
            }
        }
    }

    /** Pushes every pending person's managed roles; returns how many people were brought in step. */
    public int syncPending() {
        KeycloakAdmin keycloak = admin.orElseThrow(() -> new IllegalStateException("pygov.keycloak.admin.url is not set"));
        List<Object[]> pending = QuarkusTransaction.requiringNew().call(() -> rows(em.createNativeQuery(
                "SELECT person_id, requested_at FROM role_sync_pending ORDER BY requested_at").setMaxResults(100).getResultList()));
        if (pending.isEmpty()) {
            return 0;
        }
        String token = keycloak.token();
        int synced = 0;
        for (Object[] row : pending) {
            String personId = (String) row[0];
            Set<String> wanted = QuarkusTransaction.requiringNew().call(() -> managed(roles.rolesOf(personId)));
            Optional<Set<String>> held = keycloak.realmRolesOf(personId, token);
            if (held.isEmpty()) {
                LOG.warnf("keycloak role sync: no Keycloak user with id %s; their roles stay as they are", personId);
            } else {
                Set<String> current = managed(held.get());
                keycloak.add(personId, wanted.stream().filter(r -> !current.contains(r)).toList(), token);
                keycloak.remove(personId, current.stream().filter(r -> !wanted.contains(r)).toList(), token);
                synced++;
            }
            // Only the request we answered is cleared: a change recorded meanwhile keeps the person pending.
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                            "DELETE FROM role_sync_pending WHERE person_id = ?1 AND requested_at = ?2")
                    .setParameter(1, personId).setParameter(2, toInstant(row[1])).executeUpdate());
        }
        return synced;
    }

    private static Set<String> managed(Set<String> roleNames) {
        Set<String> result = new HashSet<>(roleNames);
        result.retainAll(RoleService.MANAGED);
        return result;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> rows) {
        return (List<Object[]>) rows;
    }
}
