package dev.pygov.devstack.test;

import dev.pygov.devstack.kafka.KafkaServer;
import dev.pygov.devstack.support.Directories;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * A real Kafka broker (KRaft, in this JVM) for {@code @QuarkusTest}: one per JVM, shared by every test
 * application, with the authentication and ACLs of production (decision 0010). The application under test logs in
 * as its own service: the one named by the init argument {@code service}, else its {@code quarkus.application.name}.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    private static final String BOOTSTRAP_PROPERTY = "pygov.devstack.test.kafka.bootstrap";
    /*
     * The broker's stop and restart, as an MBean of the JVM's platform MBean server: a test application in another
     * class loader cannot call this loader's KafkaServer, and a second broker in the JVM is no way out, because the
     * JVM-wide SASL providers belong to the class loader of the first broker that started.
     */
    private static final String CONTROL_NAME = "dev.pygov.devstack:type=TestKafkaBroker";

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

    /** Stops the shared broker as an outage would; {@link #restartBroker()} brings it back with its data and users. */
    public static void stopBroker() {
        control("stop");
    }

    /** Starts the shared broker again on the same port if it was stopped. */
    public static void restartBroker() {
        control("restart");
    }

    private static void control(String operation) {
        bootstrapServers();
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(CONTROL_NAME), operation, null, null);
        } catch (JMException e) {
            throw new IllegalStateException("Cannot " + operation + " the test Kafka broker", e);
        }
    }

    /** Management interface of the shared test broker (JMX standard MBean). */
    public interface BrokerControlMBean {
        void stop();

        void restart();
    }

    /** Stops and restarts one broker. */
    public static final class BrokerControl implements BrokerControlMBean {
        private final KafkaServer server;

        BrokerControl(KafkaServer server) {
            this.server = server;
        }

        @Override
        public void stop() {
            inOwnClassLoader(server::stop);
        }

        @Override
        public void restart() {
            inOwnClassLoader(() -> {
                if (!server.isRunning()) {
                    server.restart();
                }
            });
        }

        /** Kafka loads its plug-ins (authorizer, login modules) through the context class loader: this one's. */
        private static void inOwnClassLoader(Runnable action) {
            Thread thread = Thread.currentThread();
            ClassLoader caller = thread.getContextClassLoader();
            thread.setContextClassLoader(KafkaServer.class.getClassLoader());
            try {
                action.run();
            } finally {
                thread.setContextClassLoader(caller);
            }
        }
    }

    private static String startServer() {
        Path logDir;
        try {
            logDir = Files.createTempDirectory("pygov-test-kafka");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KafkaServer server = KafkaServer.start(0, logDir, true);
        JvmWideServer.stopAtExit("kafka", () -> {
            server.close();
            Directories.deleteRecursively(logDir);
        });
        try {
            ManagementFactory.getPlatformMBeanServer().registerMBean(new BrokerControl(server), new ObjectName(CONTROL_NAME));
        } catch (JMException e) {
            throw new IllegalStateException("Cannot register the test Kafka broker's control", e);
        }
        return server.bootstrapServers();
    }

    @Override
    public void stop() {
        // The broker lives until the JVM exits.
    }
}
