package dev.pygov.devstack;

import dev.pygov.devstack.kafka.KafkaServer;
import dev.pygov.devstack.keycloak.KeycloakServer;
import dev.pygov.devstack.mail.MailServer;
import dev.pygov.devstack.postgres.PostgresServer;
import dev.pygov.devstack.process.ChildProcess;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;

/** The started platform: where everything is, and {@link #close()} to stop all of it. */
public final class RunningPlatform implements AutoCloseable {

    private final PlatformOptions options;
    private final PostgresServer postgres;
    private final KafkaServer kafka;
    private final MailServer mail;
    private final KeycloakServer keycloak;
    private final List<RunningService> services = new ArrayList<>();
    private boolean closed;

    RunningPlatform(PlatformOptions options, PostgresServer postgres, KafkaServer kafka, MailServer mail,
                    KeycloakServer keycloak) {
        this.options = options;
        this.postgres = postgres;
        this.kafka = kafka;
        this.mail = mail;
        this.keycloak = keycloak;
    }

    synchronized void add(RunningService service) {
        services.add(service);
    }

    public PlatformOptions options() {
        return options;
    }

    public synchronized List<RunningService> services() {
        return List.copyOf(services);
    }

    public RunningService service(String name) {
        return services().stream().filter(service -> service.spec().name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Service " + name + " is not running"));
    }

    /** e.g. {@code serviceUrl("election")} → {@code http://localhost:8082}. */
    public String serviceUrl(String name) {
        return service(name).url();
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    public KafkaServer kafka() {
        return kafka;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public MailServer mail() {
        return mail;
    }

    public String mailInboxUrl() {
        return mail.inboxUrl();
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public String issuerUrl() {
        return keycloak.issuerUrl();
    }

    /** Services first (they hold connections to the rest), in parallel; then Keycloak, mail, Kafka, PostgreSQL. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        CompletableFuture.allOf(services.stream()
                .map(service -> CompletableFuture.runAsync(() -> quietly(service.process())))
                .toArray(CompletableFuture[]::new)).join();
        quietly(keycloak);
        quietly(mail);
        quietly(kafka);
        quietly(postgres);
    }

    static void quietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            System.err.println("devstack: could not stop " + closeable.getClass().getSimpleName() + ": " + e);
        }
    }

    static void quietly(ChildProcess process) {
        quietly((AutoCloseable) process);
    }
}
