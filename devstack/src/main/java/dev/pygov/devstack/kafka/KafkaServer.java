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

    private final EmbeddedKafkaBroker broker;
    private final int port;

    private KafkaServer(EmbeddedKafkaBroker broker, int port) {
        this.broker = broker;
        this.port = port;
    }

    /**
     * Starts the broker.
     *
     * @param port   client port on localhost; 0 picks a free one
     * @param logDir persistent log directory; null for a temp directory deleted on close
     * @param fresh  wipe logDir first
     */
    public static KafkaServer start(int port, Path logDir, boolean fresh) {
        int clientPort = FreePort.orFree(port);
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withNodeId(1)
                .withKafkaHost("localhost")
                .withKafkaPort(clientPort)
                .withClusterId(CLUSTER_ID)
                .withDeleteLogDirsOnClose(logDir == null);
        if (logDir != null) {
            prepare(logDir, fresh);
        }
        // withAdditionalProperties keeps only the last consumer given, so everything is set in one.
        broker.withAdditionalProperties(properties -> {
            if (logDir != null) {
                properties.put("log.dir", logDir.toAbsolutePath().toString());
            }
            properties.put("auto.create.topics.enable", "true");
            properties.put("num.partitions", "3");
            properties.put("group.initial.rebalance.delay.ms", "0");
        });
        broker.start();
        return new KafkaServer(broker, clientPort);
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

    @Override
    public void close() {
        broker.close();
    }
}
