package dev.pygov.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks that run before anything starts; the full start is exercised by the launcher and system-tests. */
class PlatformTest {

    @TempDir
    Path repo;

    @Test
    void aServiceThatWasNotBuiltIsNamedAndNothingStarts() {
        PlatformOptions options = PlatformOptions.forTests(repo.resolve("data")).withRepoRoot(repo)
                .withServices(List.of(ServiceSpec.named("election")));

        PlatformStartException error = assertThrows(PlatformStartException.class, () -> Platform.start(options, line -> { }));

        assertTrue(error.getMessage().contains("election-service/target/quarkus-app/quarkus-run.jar"), error.getMessage());
        assertTrue(error.getMessage().contains("./mvnw"), error.getMessage());
        assertFalse(Files.exists(repo.resolve("data")));
    }

    @Test
    void aTakenPortIsReportedBeforeAnythingStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            PlatformOptions options = PlatformOptions.forTests(repo.resolve("data")).withRepoRoot(repo)
                    .withServices(List.of()).withKafkaPort(taken.getLocalPort());

            PlatformStartException error = assertThrows(PlatformStartException.class, () -> Platform.start(options, line -> { }));

            assertTrue(error.getMessage().contains("kafka (--kafka-port) " + taken.getLocalPort()), error.getMessage());
            assertFalse(Files.exists(repo.resolve("data")));
        }
    }
}
