package dev.pygov.devstack;

import dev.pygov.devstack.clock.ClockOffset;
import dev.pygov.devstack.kafka.KafkaServer;
import dev.pygov.devstack.keycloak.KeycloakServer;
import dev.pygov.devstack.mail.MailServer;
import dev.pygov.devstack.postgres.PostgresServer;
import dev.pygov.devstack.process.ChildProcess;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
    private final ClockOffset clock;
    private boolean closed;

    RunningPlatform(PlatformOptions options, PostgresServer postgres, KafkaServer kafka, MailServer mail,
                    KeycloakServer keycloak) {
        this.options = options;
        this.postgres = postgres;
        this.kafka = kafka;
        this.mail = mail;
        this.keycloak = keycloak;
        this.clock = ClockOffset.in(options.dataDir());
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

    /** Where the services read how far their clock runs ahead of real time (decision 0007). */
    public Path clockOffsetFile() {
        return clock.file();
    }

    /** The services' time: real time plus every {@link #advanceClock} so far. */
    public Instant now() {
        return clock.now();
    }

    /**
     * Moves the services' clock forward; each service sees it within a fraction of a second, and what falls due
     * in the skipped time happens at their next scheduled pass, as after downtime.
     */
    public Instant advanceClock(Duration by) {
        return clock.advance(by);
    }

    // ---- Faults, for tests: one part stops or dies and comes back with the same port and the same data. ----

    /**
     * SIGKILL to the service's JVM, as a crash would do it: no shutdown hook, no graceful close of connections or
     * transactions. Returns once the process is gone; {@link #startService} brings it back.
     */
    public void killService(String name) {
        service(name).process().kill();
    }

    /** A graceful stop (SIGTERM: Quarkus shuts down in order). Returns once the process is gone. */
    public void stopService(String name) {
        service(name).process().close();
    }

    /**
     * Starts a stopped or killed service again: same port, same database, same environment; returns once it is
     * ready ({@code /q/health/ready} 200). Its log goes on in the same file.
     */
    public void startService(String name) {
        RunningService old = service(name);
        if (old.process().isAlive()) {
            throw new IllegalStateException(name + " is still running (pid " + old.process().pid() + ")");
        }
        RunningService restarted = new RunningService(old.spec(), old.port(), Platform.launch(old.spec(), old.port(), this));
        synchronized (this) {
            services.set(services.indexOf(old), restarted);
        }
        new ReadinessWaiter(options.readyTimeout(), line -> { }).awaitAll(List.of(restarted));
    }

    /** {@link #stopService} then {@link #startService}. */
    public void restartService(String name) {
        stopService(name);
        startService(name);
    }

    /** Stops the Kafka broker (an outage: every client loses its connections); its port and log directory stay. */
    public void stopKafka() {
        kafka.stop();
    }

    /** Starts the broker again on the same port with the same log directory (topics, offsets, groups kept). */
    public void startKafka() {
        kafka.restart();
    }

    /** Stops the SMTP server (senders get "connection refused"); mail received so far stays readable. */
    public void stopSmtp() {
        mail.stopSmtp();
    }

    /** Accepts SMTP again on the same port. */
    public void startSmtp() {
        mail.restartSmtp();
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
