package dev.pygov.devstack.kafka;

import dev.pygov.devstack.support.Directories;
import dev.pygov.devstack.support.FreePort;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one), running in this JVM.
 */
public final class KafkaServer implements AutoCloseable {

    /*
     * A formatted log directory remembers its cluster id and refuses to start under another one,
     * so a persistent directory needs the same id on every run.
     */
    private static final String CLUSTER_ID = "cHlnb3YtZGV2c3RhY2stMQ";

    private final int port;
    private final Path logDir;
    private EmbeddedKafkaBroker broker;

    private KafkaServer(int port, Path logDir) {
        this.port = port;
        this.logDir = logDir;
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
        server.broker = startBroker(server.port, logDir);
        return server;
    }

    private static EmbeddedKafkaBroker startBroker(int clientPort, Path logDir) {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withNodeId(1)
                .withKafkaHost("localhost")
                .withKafkaPort(clientPort)
                .withClusterId(CLUSTER_ID)
                .withDeleteLogDirsOnClose(logDir == null);
        // withAdditionalProperties keeps only the last consumer given, so everything is set in one.
        broker.withAdditionalProperties(properties -> {
            if (logDir != null) {
                properties.put("log.dir", logDir.toAbsolutePath().toString());
            }
            properties.put("auto.create.topics.enable", "true");
            properties.put("num.partitions", "3");
            properties.put("group.initial.rebalance.delay.ms", "0");
        });
        return broker.start();
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

    /** Starts the stopped broker again on the same port and log directory: topics, offsets and groups are kept. */
    public synchronized void restart() {
        if (broker != null) {
            throw new IllegalStateException("The Kafka broker is running");
        }
        broker = startBroker(port, logDir);
    }

    public synchronized boolean isRunning() {
        return broker != null;
    }

    @Override
    public synchronized void close() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
