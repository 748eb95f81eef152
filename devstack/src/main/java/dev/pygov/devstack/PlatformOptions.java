package dev.pygov.devstack;

import dev.pygov.devstack.support.RepoRoot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Where and how the platform runs. Service ports follow the base port (membership base+1, election base+2,
 * proposal base+3, notification base+4, Keycloak base+100); the infrastructure has fixed, overridable ports.
 * A port of 0 picks a free one (what tests want).
 */
public record PlatformOptions(
        Path repoRoot,
        Path dataDir,
        boolean fresh,
        int basePort,
        int postgresPort,
        int kafkaPort,
        int smtpPort,
        int mailApiPort,
        int keycloakPort,
        Duration readyTimeout,
        List<ServiceSpec> services) {

    public static final int DEFAULT_BASE_PORT = 8080;
    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final int DEFAULT_SMTP_PORT = 2525;
    public static final int DEFAULT_MAIL_API_PORT = 8025;
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(180);

    /** The launcher's defaults: data in {@code .pygov-data} of the current directory, all four services. */
    public static PlatformOptions defaults() {
        return new PlatformOptions(RepoRoot.find().orElse(Path.of("").toAbsolutePath()), Path.of(".pygov-data"),
                false, DEFAULT_BASE_PORT, DEFAULT_POSTGRES_PORT, DEFAULT_KAFKA_PORT, DEFAULT_SMTP_PORT,
                DEFAULT_MAIL_API_PORT, DEFAULT_BASE_PORT + 100, DEFAULT_READY_TIMEOUT, ServiceSpec.ALL);
    }

    public int servicePort(ServiceSpec service) {
        return basePort == 0 ? 0 : basePort + service.portOffset();
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public PlatformOptions withRepoRoot(Path value) {
        return new PlatformOptions(value, dataDir, fresh, basePort, postgresPort, kafkaPort, smtpPort, mailApiPort, keycloakPort, readyTimeout, services);
    }

    public PlatformOptions withDataDir(Path value) {
        return new PlatformOptions(repoRoot, value, fresh, basePort, postgresPort, kafkaPort, smtpPort, mailApiPort, keycloakPort, readyTimeout, services);
    }

    public PlatformOptions withFresh(boolean value) {
        return new PlatformOptions(repoRoot, dataDir, value, basePort, postgresPort, kafkaPort, smtpPort, mailApiPort, keycloakPort, readyTimeout, services);
    }

    /** Moves the services and, unless set separately afterwards, Keycloak (base+100). */
    public PlatformOptions withBasePort(int value) {
        return new PlatformOptions(repoRoot, dataDir, fresh, value, postgresPort, kafkaPort, smtpPort, mailApiPort, value == 0 ? 0 : value + 100, readyTimeout, services);
    }

    public PlatformOptions withPostgresPort(int value) {
        return new PlatformOptions(repoRoot, dataDir, fresh, basePort, value, kafkaPort, smtpPort, mailApiPort, keycloakPort, readyTimeout, services);
    }

    public PlatformOptions withKafkaPort(int value) {
        return new PlatformOptions(repoRoot, dataDir, fresh, basePort, postgresPort, value, smtpPort, mailApiPort, keycloakPort, readyTimeout, services);
    }

    public PlatformOptions withSmtpPort(int value) {
        return new PlatformOptions(repoRoot, dataDir, fresh, basePort, postgresPort, kafkaPort, value, mailApiPort, keycloakPort, readyTimeout, services);
    }

    public PlatformOptions withMailApiPort(int value) {
        return new PlatformOptions(repoRoot, dataDir, fresh, basePort, postgresPort, kafkaPort, smtpPort, value, keycloakPort, readyTimeout, services);
    }

    public PlatformOptions withKeycloakPort(int value) {
        return new PlatformOptions(repoRoot, dataDir, fresh, basePort, postgresPort, kafkaPort, smtpPort, mailApiPort, value, readyTimeout, services);
    }

    public PlatformOptions withReadyTimeout(Duration value) {
        return new PlatformOptions(repoRoot, dataDir, fresh, basePort, postgresPort, kafkaPort, smtpPort, mailApiPort, keycloakPort, value, services);
    }

    public PlatformOptions withServices(List<ServiceSpec> value) {
        return new PlatformOptions(repoRoot, dataDir, fresh, basePort, postgresPort, kafkaPort, smtpPort, mailApiPort, keycloakPort, readyTimeout, List.copyOf(value));
    }

    /** Every port free and the data in a temp directory: for system tests that run beside a developer's platform. */
    public static PlatformOptions forTests(Path dataDir) {
        return defaults().withDataDir(dataDir).withFresh(true).withBasePort(0).withPostgresPort(0).withKafkaPort(0)
                .withSmtpPort(0).withMailApiPort(0).withKeycloakPort(0);
    }
}
