package dev.pygov.commons.inbox;

import dev.pygov.events.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Deduplicates consumed events. Call it in the transaction that applies the event's effect: the record of
 * the event and its effect commit together, so a redelivered event is recognised and has no second effect.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    public Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** True the first time this consumer sees this event (by CloudEvents source and id); false on redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, CloudEvent event) {
        int inserted = entityManager.createNativeQuery(
                        "INSERT INTO processed_event (consumer, ce_source, ce_id) VALUES (:consumer, :source, :id) "
                                + "ON CONFLICT DO NOTHING")
                .setParameter("consumer", consumer)
                .setParameter("source", event.source())
                .setParameter("id", event.id())
                .executeUpdate();
        return inserted == 1;
    }

    /**
     * Records a consumed record this consumer refused or could not apply, with the reason, in the consumer's
     * transaction; nothing else of the record is applied. Operators read them on {@code GET /admin/dead-letters}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deadLetter(String consumer, String topic, CloudEvent event, String record, String reason) {
        entityManager.createNativeQuery(
                        "INSERT INTO dead_letter (consumer, topic, ce_source, ce_id, ce_type, reason, record) "
                                + "VALUES (:consumer, :topic, :source, :id, :type, :reason, :record)")
                .setParameter("consumer", consumer)
                .setParameter("topic", topic)
                .setParameter("source", event == null ? null : event.source())
                .setParameter("id", event == null ? null : event.id())
                .setParameter("type", event == null ? null : event.type())
                .setParameter("reason", reason)
                .setParameter("record", record == null ? "" : record)
                .executeUpdate();
    }
}
