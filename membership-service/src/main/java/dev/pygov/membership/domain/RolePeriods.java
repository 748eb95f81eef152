package dev.pygov.membership.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Roles that begin or lapse by date: a director's term ending, a membership class running out. Nothing happens at
 * that moment, so a scheduled pass applies every boundary passed since the last one, exactly once (a watermark row,
 * locked, moved in the same transaction), also after downtime.
 */
@ApplicationScoped
public class RolePeriods {

    private final EntityManager em;
    private final RoleService roles;

    public RolePeriods(EntityManager em, RoleService roles) {
        this.em = em;
        this.roles = roles;
    }

    /** Applies the boundaries passed up to {@code now}; returns how many people they concerned. */
    @Transactional
    public int applyBoundariesUntil(Instant now) {
        Instant last = toInstant(em.createNativeQuery("SELECT checked_until FROM role_period_watermark WHERE id = 1 FOR UPDATE")
                .getSingleResult());
        if (!now.isAfter(last)) {
            return 0;
        }
        LocalDate lastDay = LocalDate.ofInstant(last, ZoneOffset.UTC);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<String> people = em.createNativeQuery("""
                        SELECT person_id FROM role_assignment
                         WHERE (held_from > ?1 AND held_from <= ?2) OR (held_until > ?1 AND held_until <= ?2)
                        UNION
                        SELECT person_id FROM psf_membership
                         WHERE (since > ?3 AND since <= ?4) OR (until > ?3 AND until <= ?4)
                        """)
                .setParameter(1, last).setParameter(2, now).setParameter(3, lastDay).setParameter(4, today)
                .getResultList();
        people.forEach(person -> roles.periodBoundaryPassed(person, last, now));
        em.createNativeQuery("UPDATE role_period_watermark SET checked_until = ?1 WHERE id = 1").setParameter(1, now).executeUpdate();
        return people.size();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
