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
}
