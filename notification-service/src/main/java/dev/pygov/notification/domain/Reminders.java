package dev.pygov.notification.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Reminders before deadlines. Opening a deadline writes one reminder row per (deadline, person, hours before);
 * sending one marks its row in the same transaction as its notice, so restarts neither skip nor repeat a reminder.
 * Whoever has already done what the deadline asks (participation only, never what they voted) is not reminded.
 */
@ApplicationScoped
public class Reminders {

    static final String SOURCE = "/notification-service/reminders";

    private final EntityManager entityManager;
    private final Notifier notifier;

    public Reminders(EntityManager entityManager, Notifier notifier) {
        this.entityManager = entityManager;
        this.notifier = notifier;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void open(String subjectId, String what, Instant closesAt, Collection<String> audience, List<Integer> hoursBefore) {
        entityManager.createNativeQuery("INSERT INTO deadline (subject_id, what, closes_at, open) VALUES (:id, :what, :closes, TRUE) "
                        + "ON CONFLICT (subject_id) DO UPDATE SET what = EXCLUDED.what, closes_at = EXCLUDED.closes_at, open = TRUE")
                .setParameter("id", subjectId)
                .setParameter("what", what)
                .setParameter("closes", closesAt)
                .executeUpdate();
        // one statement for the whole audience: an electorate of thousands costs one round trip, not thousands
        entityManager.createNativeQuery("INSERT INTO reminder (subject_id, person_id, hours_before, due_at, status) "
                        + "SELECT :id, p, h, CAST(:closes AS timestamptz) - make_interval(hours => h), 'DUE' "
                        + "FROM unnest(CAST(:people AS text[])) p CROSS JOIN unnest(CAST(:hours AS int[])) h "
                        + "ON CONFLICT DO NOTHING")
                .setParameter("id", subjectId)
                .setParameter("closes", closesAt)
                .setParameter("people", audience.toArray(String[]::new))
                .setParameter("hours", hoursBefore.toArray(Integer[]::new))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void participated(String subjectId, String personId) {
        entityManager.createNativeQuery("INSERT INTO participation (subject_id, person_id) VALUES (:id, :person) ON CONFLICT DO NOTHING")
                .setParameter("id", subjectId)
                .setParameter("person", personId)
                .executeUpdate();
    }

    /** Nothing more to remind anyone of: the vote closed or was decided. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void close(String subjectId) {
        entityManager.createNativeQuery("UPDATE deadline SET open = FALSE WHERE subject_id = :id")
                .setParameter("id", subjectId)
                .executeUpdate();
    }

    /** Sends up to {@code limit} reminders due at {@code now}; returns how many rows it settled. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int sendDue(Instant now, int limit) {
        List<Object[]> due = entityManager.createNativeQuery(
                        "SELECT r.subject_id, r.person_id, r.hours_before, d.what, d.closes_at, "
                                + "EXISTS (SELECT 1 FROM participation p WHERE p.subject_id = r.subject_id AND p.person_id = r.person_id) "
                                + "FROM reminder r JOIN deadline d ON d.subject_id = r.subject_id "
                                + "WHERE r.status = 'DUE' AND r.due_at <= :now AND d.open AND d.closes_at > :now "
                                + "ORDER BY r.due_at LIMIT :limit FOR UPDATE OF r SKIP LOCKED")
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        for (Object[] row : due) {
            String subjectId = (String) row[0];
            String personId = (String) row[1];
            int hours = ((Number) row[2]).intValue();
            boolean done = (Boolean) row[5];
            if (!done) {
                notifier.tell(personId, NoticeKind.DEADLINE_REMINDER, "Reminder: " + row[3],
                        "This closes at " + Dates.readable(toInstant(row[4])) + " and you have not done it yet.",
                        new NoticeCause(SOURCE, subjectId + "/" + hours + "h"));
            }
            entityManager.createNativeQuery("UPDATE reminder SET status = :status "
                            + "WHERE subject_id = :id AND person_id = :person AND hours_before = :hours")
                    .setParameter("status", done ? "NOT_NEEDED" : "SENT")
                    .setParameter("id", subjectId)
                    .setParameter("person", personId)
                    .setParameter("hours", hours)
                    .executeUpdate();
        }
        return due.size();
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
}
