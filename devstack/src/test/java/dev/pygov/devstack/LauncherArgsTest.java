package dev.pygov.devstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LauncherArgsTest {

    private static final PlatformOptions DEFAULTS = PlatformOptions.defaults();

    @Test
    void defaultsKeepDataInTheCurrentDirectoryAndUseTheDocumentedPorts() {
        PlatformOptions options = LauncherArgs.parse(new String[0], DEFAULTS).options();
        assertEquals(Path.of(".pygov-data"), options.dataDir());
        assertEquals(8081, options.servicePort(ServiceSpec.named("membership")));
        assertEquals(8084, options.servicePort(ServiceSpec.named("notification")));
        assertEquals(8180, options.keycloakPort());
        assertEquals(15432, options.postgresPort());
        assertEquals(19092, options.kafkaPort());
        assertEquals(2525, options.smtpPort());
        assertEquals(8025, options.mailApiPort());
        assertEquals(Duration.ofSeconds(180), options.readyTimeout());
        assertEquals(4, options.services().size());
        assertTrue(!options.fresh());
        assertTrue(LauncherArgs.parse(new String[0], DEFAULTS).demoWorld());
    }

    @Test
    void basePortMovesServicesAndKeycloakUnlessKeycloakIsGivenItsOwn() {
        PlatformOptions moved = LauncherArgs.parse(new String[] {"--base-port", "9000"}, DEFAULTS).options();
        assertEquals(9002, moved.servicePort(ServiceSpec.named("election")));
        assertEquals(9100, moved.keycloakPort());

        PlatformOptions pinned = LauncherArgs.parse(new String[] {"--keycloak-port", "8888", "--base-port", "9000"}, DEFAULTS).options();
        assertEquals(8888, pinned.keycloakPort());
    }

    @Test
    void everyOptionIsRead() {
        PlatformOptions options = LauncherArgs.parse(new String[] {"--fresh", "--data-dir", "/tmp/x",
                "--postgres-port", "5433", "--kafka-port", "9093", "--smtp-port", "2526", "--mail-api-port", "8026",
                "--services", "election,proposal-service", "--ready-timeout", "30"}, DEFAULTS).options();
        assertTrue(options.fresh());
        assertEquals(Path.of("/tmp/x"), options.dataDir());
        assertEquals(List.of(5433, 9093, 2526, 8026),
                List.of(options.postgresPort(), options.kafkaPort(), options.smtpPort(), options.mailApiPort()));
        assertEquals(List.of(ServiceSpec.named("election"), ServiceSpec.named("proposal")), options.services());
        assertEquals(Duration.ofSeconds(30), options.readyTimeout());
        assertEquals(List.of(), LauncherArgs.parse(new String[] {"--no-services"}, DEFAULTS).options().services());
        assertTrue(!LauncherArgs.parse(new String[] {"--empty", "--fresh"}, DEFAULTS).demoWorld());
    }

    @Test
    void helpAndMistakes() {
        assertNull(LauncherArgs.parse(new String[] {"--help"}, DEFAULTS));
        assertThrows(IllegalArgumentException.class, () -> LauncherArgs.parse(new String[] {"--frsh"}, DEFAULTS));
        assertThrows(IllegalArgumentException.class, () -> LauncherArgs.parse(new String[] {"--base-port"}, DEFAULTS));
        assertThrows(IllegalArgumentException.class, () -> LauncherArgs.parse(new String[] {"--kafka-port", "x"}, DEFAULTS));
        assertThrows(IllegalArgumentException.class, () -> LauncherArgs.parse(new String[] {"--services", "voting"}, DEFAULTS));
    }
}
