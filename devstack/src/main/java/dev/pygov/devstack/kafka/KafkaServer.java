package dev.pygov.devstack.kafka;

import dev.pygov.devstack.support.Directories;
import dev.pygov.devstack.support.FreePort;
import dev.pygov.events.Topics;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one), running in this JVM, with the
 * authentication and authorisation production has (decision 0010): every client authenticates with SASL (the services
 * with SCRAM-SHA-512, one user each), and KRaft's {@code StandardAuthorizer} lets a service write only the topics it
 * owns, read only those it consumes and join only its own consumer group ({@link Topics}). A super user, known only
 * in this JVM, creates the users, the topics and the ACLs at every start.
 */
public final class KafkaServer implements AutoCloseable {

    /*
     * A formatted log directory remembers its cluster id and refuses to start under another one,
     * so a persistent directory needs the same id on every run.
     */
    private static final String CLUSTER_ID = "cHlnb3YtZGV2c3RhY2stMQ";
    /** The super user: the broker itself (between its listeners) and the devstack's own administration. */
    public static final String ADMIN = "pygov-devstack-admin";
    public static final String SECURITY_PROTOCOL = "SASL_PLAINTEXT";
    public static final String SASL_MECHANISM = "SCRAM-SHA-512";
    private static final int PARTITIONS = 3;
    private static final SecureRandom RANDOM = new SecureRandom();
    /*
     * Test helpers given only the bootstrap address find the credentials in system properties: Quarkus may load this
     * class once per test application (one class loader each), and system properties are shared by all loaders.
     */
    private static final String CREDENTIAL_PROPERTY = "pygov.devstack.kafka.%s.password.%s";

    private final int port;
    private final Path logDir;
    private final String adminPassword = newPassword();
    private final Map<String, String> servicePasswords = new LinkedHashMap<>();
    private EmbeddedKafkaBroker broker;

    private KafkaServer(int port, Path logDir) {
        this.port = port;
        this.logDir = logDir;
        for (String service : Topics.SERVICES) {
            servicePasswords.put(service, newPassword());
        }
    }

    /**
     * Starts the broker.
     *
     * @param port   client port on localhost; 0 picks a free one
     * @param logDir persistent log directory; null for a temp directory deleted on close
     * @param fresh  wipe logDir first
     */
    public static KafkaServer start(int port, Path logDir, boolean fresh) {
        if (logDir != null) {
            prepare(logDir, fresh);
        }
        KafkaServer server = new KafkaServer(FreePort.orFree(port), logDir);
        server.broker = server.startBroker();
        try {
            server.provision();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        server.publishCredentials(true);
        return server;
    }

    private void publishCredentials(boolean running) {
        Map<String, String> passwords = new HashMap<>(servicePasswords);
        passwords.put(ADMIN, adminPassword);
        passwords.forEach((user, password) -> {
            String key = String.format(CREDENTIAL_PROPERTY, bootstrapServers(), user);
            if (running) {
                System.setProperty(key, password);
            } else {
                System.clearProperty(key);
            }
        });
    }

    private static String password(String bootstrapServers, String user) {
        String password = System.getProperty(String.format(CREDENTIAL_PROPERTY, bootstrapServers, user));
        if (password == null) {
            throw new IllegalStateException("No devstack Kafka broker in this JVM at " + bootstrapServers
                    + " knows the user " + user + "; users: " + Topics.SERVICES);
        }
        return password;
    }

    private EmbeddedKafkaBroker startBroker() {
        EmbeddedKafkaBroker embedded = new EmbeddedKafkaBroker()
                .withNodeId(1)
                .withKafkaHost("localhost")
                .withKafkaPort(port)
                .withClusterId(CLUSTER_ID)
                .withDeleteLogDirsOnClose(logDir == null);
        // withAdditionalProperties keeps only the last consumer given, so everything is set in one.
        embedded.withAdditionalProperties(properties -> {
            if (logDir != null) {
                properties.put("log.dir", logDir.toAbsolutePath().toString());
            }
            secure(properties);
            // Topics exist before any service starts (decision 0304); nobody creates one by writing to it.
            properties.put("auto.create.topics.enable", "false");
            properties.put("num.partitions", Integer.toString(PARTITIONS));
            properties.put("group.initial.rebalance.delay.ms", "0");
        });
        return embedded.start();
    }

    /**
     * The client listener (renamed CLIENT) speaks SASL: SCRAM-SHA-512 for the services, PLAIN for the super user
     * only (its one user is declared in the listener's JAAS line, so it needs no bootstrapped SCRAM credential); the
     * controller listener speaks SASL/PLAIN with the same super user. Nothing on the broker is reachable anonymously.
     */
    private void secure(Properties properties) {
        String listeners = properties.getProperty("listeners").replace("PLAINTEXT://", "CLIENT://");
        properties.put("listeners", listeners);
        properties.put("listener.security.protocol.map", "CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        properties.put("inter.broker.listener.name", "CLIENT");
        properties.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        properties.put("sasl.mechanism.controller.protocol", "PLAIN");
        properties.put("listener.name.client.sasl.enabled.mechanisms", SASL_MECHANISM + ",PLAIN");
        properties.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        String plain = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + ADMIN
                + "\" password=\"" + adminPassword + "\" user_" + ADMIN + "=\"" + adminPassword + "\";";
        properties.put("listener.name.client.plain.sasl.jaas.config", plain);
        properties.put("listener.name.controller.plain.sasl.jaas.config", plain);
        properties.put("listener.name.client.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        properties.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        properties.put("allow.everyone.if.no.acl.found", "false");
        properties.put("super.users", "User:" + ADMIN);
    }

    /** Creates (or replaces) each service's SCRAM user, the topics and the ACLs of {@link Topics}. */
    private void provision() {
        try (Admin admin = Admin.create(adminProperties())) {
            List<UserScramCredentialAlteration> users = new ArrayList<>();
            servicePasswords.forEach((service, password) -> users.add(new UserScramCredentialUpsertion(service,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password)));
            admin.alterUserScramCredentials(users).all().get(60, TimeUnit.SECONDS);
            for (String topic : Topics.everyTopic()) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            admin.createAcls(acls()).all().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while provisioning Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot provision Kafka users, topics and ACLs", e);
        }
    }

    /** What each service may do, straight from {@link Topics}: write its own topics, read what it consumes, its group. */
    static List<AclBinding> acls() {
        List<AclBinding> acls = new ArrayList<>();
        for (String service : Topics.SERVICES) {
            for (String topic : Topics.writtenBy(service)) {
                acls.add(allow(service, ResourceType.TOPIC, topic, AclOperation.WRITE));
                acls.add(allow(service, ResourceType.TOPIC, topic, AclOperation.DESCRIBE));
            }
            for (String topic : Topics.readBy(service)) {
                acls.add(allow(service, ResourceType.TOPIC, topic, AclOperation.READ));
            }
            acls.add(allow(service, ResourceType.GROUP, service, AclOperation.READ));
        }
        return acls;
    }

    private static AclBinding allow(String service, ResourceType type, String name, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry("User:" + service, "*", operation, AclPermissionType.ALLOW));
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void prepare(Path logDir, boolean fresh) {
        try {
            if (fresh) {
                Directories.deleteRecursively(logDir);
            }
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Kafka log directory " + logDir, e);
        }
    }

    public int port() {
        return port;
    }

    /** Value for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** The JAAS line a service logs in with (its own SCRAM user). */
    public String jaasConfig(String service) {
        return jaasConfig(bootstrapServers(), service);
    }

    /** The JAAS line a service logs in with at the devstack broker at this address, running in this JVM. */
    public static String jaasConfig(String bootstrapServers, String service) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + service
                + "\" password=\"" + password(bootstrapServers, service) + "\";";
    }

    /** Client properties (bootstrap, SASL) for a producer, consumer or admin client acting as this service. */
    public Map<String, Object> clientProperties(String service) {
        return clientProperties(bootstrapServers(), service);
    }

    /** {@link #clientProperties(String)} of the devstack broker at this address, running in this JVM. */
    public static Map<String, Object> clientProperties(String bootstrapServers, String service) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SECURITY_PROTOCOL);
        properties.put(SaslConfigs.SASL_MECHANISM, SASL_MECHANISM);
        properties.put(SaslConfigs.SASL_JAAS_CONFIG, jaasConfig(bootstrapServers, service));
        return properties;
    }

    /** Client properties of the super user: for the devstack's and the tests' own administration and observation. */
    public Map<String, Object> adminProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SECURITY_PROTOCOL);
        properties.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
        properties.put(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                + ADMIN + "\" password=\"" + adminPassword + "\";");
        return properties;
    }

    /** {@link #adminProperties()} of the devstack broker at this address, running in this JVM. */
    public static Map<String, Object> adminProperties(String bootstrapServers) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SECURITY_PROTOCOL);
        properties.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
        properties.put(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                + ADMIN + "\" password=\"" + password(bootstrapServers, ADMIN) + "\";");
        return properties;
    }

    /**
     * Stops the broker as an outage would (clients see their connections drop), keeping its port and log directory
     * for {@link #restart()}. Only for a persistent log directory: a temporary one is gone once stopped.
     */
    public synchronized void stop() {
        if (logDir == null) {
            throw new IllegalStateException("A broker on a temporary log directory cannot be restarted");
        }
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    /** Starts the stopped broker again on the same port and log directory: topics, offsets, users and ACLs are kept. */
    public synchronized void restart() {
        if (broker != null) {
            throw new IllegalStateException("The Kafka broker is running");
        }
        broker = startBroker();
    }

    public synchronized boolean isRunning() {
        return broker != null;
    }

    @Override
    public synchronized void close() {
        publishCredentials(false);
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
