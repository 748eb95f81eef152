package dev.pygov.notification;

import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.TopicReader;
import dev.pygov.events.EventCodec;
import dev.pygov.events.EventPayload;
import dev.pygov.notification.domain.MailMessage;
import dev.pygov.notification.domain.Notice;
import dev.pygov.notification.domain.Recipient;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Small helpers the notification tests share: publishing events, reading the database, waiting for an effect. */
final class TestSupport {

    private TestSupport() {
    }

    /** Publishes as the owning service would; one key per test keeps its events in order on one partition. */
    static String publish(String topic, String key, String source, EventPayload payload) {
        String json = EventCodec.write(EventCodec.wrap(source, payload, Instant.now()));
        TopicReader.send(KafkaResource.bootstrapServers(), topic, key, json);
        return json;
    }

    static void publishRaw(String topic, String key, String json) {
        TopicReader.send(KafkaResource.bootstrapServers(), topic, key, json);
    }

    static <T> T tx(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("not within 30 s: " + what);
    }

    static List<Notice> notices(String personId) {
        return tx(() -> Notice.<Notice>list("personId = ?1 ORDER BY createdAt", personId));
    }

    static List<Notice> notices(String personId, String kind) {
        return tx(() -> Notice.<Notice>list("personId = ?1 AND kind = ?2 ORDER BY createdAt", personId, kind));
    }

    static List<MailMessage> mails(String personId) {
        return tx(() -> MailMessage.<MailMessage>list("personId = ?1 ORDER BY createdAt", personId));
    }

    static void recipient(String personId, String email) {
        tx(() -> {
            Recipient r = new Recipient();
            r.personId = personId;
            r.displayName = "Person " + personId;
            r.email = email;
            r.updatedAt = Instant.now();
            r.persist();
            return null;
        });
    }
}
