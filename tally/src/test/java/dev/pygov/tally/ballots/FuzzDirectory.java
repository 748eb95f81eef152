package dev.pygov.tally.ballots;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The temporary folder a fuzz test writes its tries into, and its removal afterwards. */
public final class FuzzDirectory {

    private FuzzDirectory() {
    }

    public static Path create(String prefix) throws IOException {
        return Files.createTempDirectory(prefix);
    }

    public static void delete(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }
}
