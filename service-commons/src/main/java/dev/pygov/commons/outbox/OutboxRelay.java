package dev.pygov.commons.outbox;

import dev.pygov.events.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Publishes outbox rows to Kafka in id order, at least once. One relay runs at a time across all replicas
 * (a transaction-scoped advisory lock), so events with one key keep their order. A row is marked published only
 * after the broker acknowledged it; if the broker is down, the row waits and the next round retries it.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary but fixed: the advisory lock every replica of a service contends for. */
    private static final long RELAY_LOCK = 0x7079676f76L;

    private final EntityManager entityManager;
    private final MutinyEmitter<String> kafka;
    private final Clock clock;
    private final int batchSize;
    private final Duration sendTimeout;

    public OutboxRelay(EntityManager entityManager,
                       @Channel("pygov-outbox") MutinyEmitter<String> kafka,
                       Clock clock,
                       @ConfigProperty(name = "pygov.outbox.batch-size", defaultValue = "200") int batchSize,
                       @ConfigProperty(name = "pygov.outbox.send-timeout", defaultValue = "10s") Duration sendTimeout) {
        this.entityManager = entityManager;
        this.kafka = kafka;
        this.clock = clock;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
    }

    // Delayed so that the first round runs after the messaging channels are connected at start-up.
    @Scheduled(every = "${pygov.outbox.relay-interval:1s}", delayed = "${pygov.outbox.relay-delay:3s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "pygov-outbox-relay",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relayOnSchedule() {
        try {
            relayPending();
        } catch (RuntimeException e) {
            // Typically the channel is not connected yet while the service starts, or the database is away:
            // nothing was marked published, so the next round retries.
            LOG.warnf("outbox relay round failed, will retry: %s", e.getMessage());
        }
    }

    /** Relays what is pending now; returns how many events the broker acknowledged. */
    public int relayPending() {
        return QuarkusTransaction.requiringNew().call(this::relayBatch);
    }

    private int relayBatch() {
        Boolean locked = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", RELAY_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        List<OutboxMessage> pending = entityManager.createQuery(
                        "FROM OutboxMessage WHERE publishedAt IS NULL ORDER BY id", OutboxMessage.class)
                .setMaxResults(batchSize).getResultList();
        int sent = 0;
        for (OutboxMessage message : pending) {
            try {
                kafka.sendMessage(toKafka(message)).await().atMost(sendTimeout);
                message.publishedAt = Instant.now(clock);
                message.lastError = null;
                sent++;
            } catch (RuntimeException e) {
                // Stop at the first failure: sending later rows first would break the order per key.
                message.attempts++;
                message.lastError = describe(e);
                LOG.warnf("outbox relay: event %s (%s) not acknowledged, will retry: %s", message.eventId, message.eventType, message.lastError);
                break;
            }
        }
        return sent;
    }

    /** Some failures (a time-out) carry no message; the operator still needs to see what happened. */
    private static String describe(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static Message<String> toKafka(OutboxMessage message) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(message.topic)
                .withKey(message.messageKey)
                .withHeaders(headers)
                .build();
        return Message.of(message.cloudEvent).addMetadata(metadata);
    }
}
