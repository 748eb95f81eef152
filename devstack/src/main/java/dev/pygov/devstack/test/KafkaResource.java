package dev.pygov.devstack.test;

import dev.pygov.devstack.kafka.KafkaServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * A real Kafka broker (KRaft, in this JVM) for {@code @QuarkusTest}: one per JVM, shared by every test
 * application. Topics are created on first use; give each test its own keys or topics when isolation matters.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    private static final String BOOTSTRAP_PROPERTY = "pygov.devstack.test.kafka.bootstrap";

    /** The broker's {@code bootstrap.servers}, starting it if no test resource has yet. */
    public static String bootstrapServers() {
        return JvmWideServer.addressOf(BOOTSTRAP_PROPERTY, KafkaResource::startServer);
    }

    @Override
    public Map<String, String> start() {
        String bootstrap = bootstrapServers();
        return Map.of(
                "kafka.bootstrap.servers", bootstrap,
                "mp.messaging.connector.smallrye-kafka.bootstrap.servers", bootstrap);
    }

    private static String startServer() {
        KafkaServer server = KafkaServer.start(0, null, true);
        JvmWideServer.stopAtExit("kafka", server);
        return server.bootstrapServers();
    }

    @Override
    public void stop() {
        // The broker lives until the JVM exits.
    }
}
