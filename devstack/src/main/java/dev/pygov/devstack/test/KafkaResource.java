package dev.pygov.devstack.test;

import dev.pygov.devstack.kafka.KafkaServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * A real Kafka broker (KRaft, in this JVM) for {@code @QuarkusTest}: one per JVM, shared by every test
 * application, with the authentication and ACLs of production (decision 0010). The application under test logs in
 * as its own service: the one named by the init argument {@code service}, else its {@code quarkus.application.name}.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    private static final String BOOTSTRAP_PROPERTY = "pygov.devstack.test.kafka.bootstrap";

    private String service;

    /** The broker's {@code bootstrap.servers}, starting it if no test resource has yet. */
    public static String bootstrapServers() {
        return JvmWideServer.addressOf(BOOTSTRAP_PROPERTY, KafkaResource::startServer);
    }

    /** Client properties for a producer, consumer or admin client acting as this service. */
    public static Map<String, Object> clientProperties(String service) {
        return KafkaServer.clientProperties(bootstrapServers(), service);
    }

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.get("service");
    }

    @Override
    public Map<String, String> start() {
        String bootstrap = bootstrapServers();
        String principal = service != null ? service : applicationName();
        return Map.of(
                "kafka.bootstrap.servers", bootstrap,
                "mp.messaging.connector.smallrye-kafka.bootstrap.servers", bootstrap,
                "kafka.security.protocol", KafkaServer.SECURITY_PROTOCOL,
                "kafka.sasl.mechanism", KafkaServer.SASL_MECHANISM,
                "kafka.sasl.jaas.config", KafkaServer.jaasConfig(bootstrap, principal));
    }

    private static String applicationName() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : KafkaResource.class.getClassLoader())
                .getResourceAsStream("application.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String name = properties.getProperty("quarkus.application.name");
                if (name != null) {
                    return name;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("KafkaResource needs the service to log in as: set quarkus.application.name "
                + "or the init argument 'service'");
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
