package dev.pygov.devstack;

import dev.pygov.devstack.kafka.KafkaServer;
import dev.pygov.devstack.keycloak.DevstackRealm;
import dev.pygov.devstack.keycloak.KeycloakServer;
import dev.pygov.devstack.mail.MailServer;
import dev.pygov.devstack.postgres.PostgresServer;
import dev.pygov.devstack.process.ChildProcess;
import dev.pygov.devstack.support.Directories;
import dev.pygov.devstack.support.FreePort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Starts the whole platform: PostgreSQL, Kafka, SMTP and Keycloak (Keycloak in parallel with the rest), then
 * the four services as separate JVMs, and waits until each is ready. The launcher and the system tests both
 * come through here.
 */
public final class Platform {

    private Platform() {
    }

    public static RunningPlatform start(PlatformOptions options) {
        return start(options, System.out::println);
    }

    /**
     * @param progress receives one human line per step
     * @throws PlatformStartException when something does not come up; everything already started is stopped
     */
    public static RunningPlatform start(PlatformOptions requested, Consumer<String> progress) {
        // Child processes (Keycloak's kc.sh) run in other working directories: every path they get must be absolute.
        PlatformOptions options = requested.withDataDir(requested.dataDir().toAbsolutePath());
        List<Path> missing = missingJars(options);
        if (!missing.isEmpty()) {
            throw new PlatformStartException("Service not built: " + missing + System.lineSeparator()
                    + "Build it with: ./mvnw -q -DskipTests install   (or -pl <module> -am)");
        }
        PortCheck.requireFree(options);
        prepareDataDir(options);

        CompletableFuture<KeycloakServer> keycloak = CompletableFuture.supplyAsync(() -> {
            progress.accept("keycloak: starting on port " + (options.keycloakPort() == 0 ? "(free)" : options.keycloakPort())
                    + " (about 25 s, 65 s on the first run)");
            return KeycloakServer.start(options.keycloakPort(), options.dataDir().resolve("keycloak"), options.fresh(),
                    options.logDir().resolve("keycloak.log"), KeycloakServer.DEFAULT_START_TIMEOUT);
        });
        PostgresServer postgres = null;
        KafkaServer kafka = null;
        MailServer mail = null;
        try {
            postgres = PostgresServer.start(options.postgresPort(), options.dataDir().resolve("postgres"), options.fresh());
            for (ServiceSpec service : options.services()) {
                postgres.ensureDatabase(service.database());
            }
            progress.accept("postgres: ready on port " + postgres.port());
            kafka = KafkaServer.start(options.kafkaPort(), options.dataDir().resolve("kafka"), options.fresh());
            progress.accept("kafka: ready at " + kafka.bootstrapServers());
            mail = MailServer.startWithHttpApi(options.smtpPort(), options.mailApiPort());
            progress.accept("mail: SMTP on port " + mail.smtpPort() + ", inbox at " + mail.inboxUrl());
            RunningPlatform platform = new RunningPlatform(options, postgres, kafka, mail, join(keycloak));
            progress.accept("keycloak: ready at " + platform.issuerUrl());
            startServices(platform, progress);
            return platform;
        } catch (RuntimeException e) {
            // Wait for a Keycloak still starting: stopping it now is the only way not to leave it orphaned.
            keycloak.handle((server, failure) -> server).thenAccept(RunningPlatform::quietly).join();
            RunningPlatform.quietly(mail);
            RunningPlatform.quietly(kafka);
            RunningPlatform.quietly(postgres);
            throw e instanceof PlatformStartException ? e : new PlatformStartException(describe(e), e);
        }
    }

    private static void startServices(RunningPlatform platform, Consumer<String> progress) {
        PlatformOptions options = platform.options();
        try {
            List<RunningService> started = new ArrayList<>();
            for (ServiceSpec spec : options.services()) {
                int port = FreePort.orFree(options.servicePort(spec));
                RunningService service = new RunningService(spec, port, launch(spec, port, platform));
                platform.add(service);
                started.add(service);
                progress.accept(spec.name() + ": starting on port " + port + ", log " + service.process().log());
            }
            new ReadinessWaiter(options.readyTimeout(), progress).awaitAll(started);
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    static ChildProcess launch(ServiceSpec spec, int port, RunningPlatform platform) {
        PlatformOptions options = platform.options();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder command = new ProcessBuilder(java, "-Xmx512m", "-jar",
                spec.runnableJar(options.repoRoot()).toString())
                .directory(options.repoRoot().resolve(spec.module()).toFile());
        command.environment().putAll(serviceEnvironment(spec, port, platform));
        return ChildProcess.start(spec.name(), command, options.logDir().resolve(spec.name() + ".log"));
    }

    /** What every service is told about the platform; the names are Quarkus's environment forms of its properties. */
    static Map<String, String> serviceEnvironment(ServiceSpec spec, int port, RunningPlatform platform) {
        Map<String, String> environment = new java.util.HashMap<>(Map.ofEntries(
                Map.entry("QUARKUS_HTTP_PORT", Integer.toString(port)),
                Map.entry("QUARKUS_DATASOURCE_JDBC_URL", platform.jdbcUrl(spec.database())),
                Map.entry("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USERNAME),
                Map.entry("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD),
                Map.entry("KAFKA_BOOTSTRAP_SERVERS", platform.kafkaBootstrapServers()),
                // Each service logs in to Kafka as itself; the broker's ACLs say what it may write and read (decision 0010).
                Map.entry("KAFKA_SECURITY_PROTOCOL", KafkaServer.SECURITY_PROTOCOL),
                Map.entry("KAFKA_SASL_MECHANISM", KafkaServer.SASL_MECHANISM),
                Map.entry("KAFKA_SASL_JAAS_CONFIG", platform.kafka().jaasConfig(spec.module())),
                Map.entry("QUARKUS_OIDC_AUTH_SERVER_URL", platform.issuerUrl()),
                Map.entry("QUARKUS_OIDC_CLIENT_ID", "pygov-services"),
                Map.entry("QUARKUS_MAILER_HOST", platform.mail().host()),
                Map.entry("QUARKUS_MAILER_PORT", Integer.toString(platform.mail().smtpPort())),
                // Devstack only: production takes it from a Secret (see the Helm chart).
                Map.entry("PYGOV_UNSUBSCRIBE_SECRET", "devstack-only-unsubscribe-secret"),
                Map.entry("PYGOV_BALLOT_INTAKE_KEY", "devstack-only-ballot-intake-key-not-for-real-votes"),
                Map.entry("PYGOV_MAIL_PUBLIC_URL", "http://localhost:" + port),
                // Devstack only: lets a system test move the services' clock forward (decision 0007).
                Map.entry("PYGOV_CLOCK_OFFSET_FILE", platform.clockOffsetFile().toString()),
                Map.entry("PYGOV_ELECTION_TICK", "2s"),
                // Devstack only: timed work comes round in seconds, so that what fell due (after downtime, an outage or
                // a clock move) happens within seconds of the first moment it can (decision 0205).
                Map.entry("PYGOV_REMINDERS_INTERVAL", "5s"),
                Map.entry("PYGOV_MEMBERSHIP_ROLE_PERIOD_INTERVAL", "5s"),
                Map.entry("PYGOV_MAIL_INITIAL_BACKOFF", "2s"),
                Map.entry("PYGOV_MAIL_MAX_BACKOFF", "20s")));
        if (spec.name().equals("membership")) {
            // membership-service keeps Keycloak's realm roles in step with who holds them (Admin REST API).
            // Through the realm's own pygov-role-sync client, as in production (not the master realm's administrator).
            environment.put("PYGOV_KEYCLOAK_ADMIN_URL", platform.keycloak().url());
            environment.put("PYGOV_KEYCLOAK_ADMIN_CLIENT_SECRET", DevstackRealm.ROLE_SYNC_SECRET);
        }
        return Map.copyOf(environment);
    }

    private static List<Path> missingJars(PlatformOptions options) {
        return options.services().stream().map(spec -> spec.runnableJar(options.repoRoot()))
                .filter(jar -> !Files.isRegularFile(jar)).toList();
    }

    private static void prepareDataDir(PlatformOptions options) {
        try {
            if (options.fresh()) {
                Directories.deleteRecursively(options.dataDir());
            }
            Files.createDirectories(options.logDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare data directory " + options.dataDir(), e);
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
