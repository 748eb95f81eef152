package dev.pygov.notification.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Each person's channel per kind of notice; a kind without a stored choice uses its default. */
@ApplicationScoped
public class Preferences {

    private final EntityManager entityManager;
    private final Clock clock;

    public Preferences(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public Channel channelOf(String personId, NoticeKind kind) {
        List<?> rows = entityManager.createNativeQuery(
                        "SELECT channel FROM notification_preference WHERE person_id = :person AND kind = :kind")
                .setParameter("person", personId)
                .setParameter("kind", kind.code())
                .getResultList();
        return rows.isEmpty() ? kind.defaultChannel() : Channel.valueOf((String) rows.get(0));
    }

    /** Everyone's stored choice for one kind (people without one use the kind's default). */
    @SuppressWarnings("unchecked")
    public Map<String, Channel> chosenFor(NoticeKind kind) {
        Map<String, Channel> chosen = new java.util.HashMap<>();
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT person_id, channel FROM notification_preference WHERE kind = :kind")
                .setParameter("kind", kind.code())
                .getResultList();
        rows.forEach(row -> chosen.put((String) row[0], Channel.valueOf((String) row[1])));
        return chosen;
    }

    public Map<NoticeKind, Channel> of(String personId) {
        Map<NoticeKind, Channel> all = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            all.put(kind, channelOf(personId, kind));
        }
        return all;
    }

    /** Changes one preference, refusing to stop a rights-deciding kind's e-mail without confirmation. */
    @Transactional
    public void set(String personId, NoticeKind kind, Channel channel, boolean confirmedNoEmail) {
        PreferenceRules.checkChange(kind, channel, confirmedNoEmail);
        entityManager.createNativeQuery(
                        "INSERT INTO notification_preference (person_id, kind, channel, updated_at) "
                                + "VALUES (:person, :kind, :channel, :at) ON CONFLICT (person_id, kind) "
                                + "DO UPDATE SET channel = EXCLUDED.channel, updated_at = EXCLUDED.updated_at")
                .setParameter("person", personId)
                .setParameter("kind", kind.code())
                .setParameter("channel", channel.name())
                .setParameter("at", Instant.now(clock))
                .executeUpdate();
    }

    /** Everyone who chose to hear about an opt-in kind. */
    @SuppressWarnings("unchecked")
    public List<String> subscribersOf(NoticeKind kind) {
        return entityManager.createNativeQuery(
                        "SELECT person_id FROM notification_preference WHERE kind = :kind AND channel <> 'OFF' ORDER BY person_id")
                .setParameter("kind", kind.code())
                .getResultList();
    }
}
