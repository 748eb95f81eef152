package dev.pygov.devstack.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the PyGov checkout: system property {@code pygov.repo.root}, else the nearest parent with the root pom. */
public final class RepoRoot {

    private RepoRoot() {
    }

    public static Optional<Path> find() {
        String configured = System.getProperty("pygov.repo.root");
        if (configured != null) {
            return Optional.of(Path.of(configured).toAbsolutePath());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    public static Path require() {
        return find().orElseThrow(() -> new IllegalStateException(
                "Not inside the PyGov checkout: run from the repository (or set -Dpygov.repo.root=DIR)"));
    }

    private static boolean isRoot(Path dir) {
        Path pom = dir.resolve("pom.xml");
        try {
            return Files.isRegularFile(pom) && Files.readString(pom).contains("<artifactId>pygov-parent</artifactId>")
                    && Files.isDirectory(dir.resolve("devstack"));
        } catch (IOException e) {
            return false;
        }
    }
}
