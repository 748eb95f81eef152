package dev.pygov.system;

import dev.pygov.devstack.Platform;
import dev.pygov.devstack.PlatformOptions;
import dev.pygov.devstack.RunningPlatform;
import dev.pygov.devstack.support.RepoRoot;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Starts the whole platform once for every system test in the JVM, on free ports, and stops it at the end. */
public class PlatformExtension implements BeforeAllCallback {

    private static RunningPlatform platform;
    private static RuntimeException failedStart;

    @Override
    public void beforeAll(ExtensionContext context) {
        platform();
    }

    public static synchronized RunningPlatform platform() {
        if (failedStart != null) {
            throw failedStart;
        }
        if (platform == null) {
            try {
                PlatformOptions options = PlatformOptions.forTests(Files.createTempDirectory("pygov-system-tests"))
                        .withRepoRoot(RepoRoot.require());
                platform = Platform.start(options, line -> System.out.println("[platform] " + line));
            } catch (IOException e) {
                failedStart = new UncheckedIOException(e);
                throw failedStart;
            } catch (RuntimeException e) {
                // Start once: a second attempt would only repeat the same failure after another few minutes.
                failedStart = e;
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "pygov-platform-stop"));
        }
        return platform;
    }
}
