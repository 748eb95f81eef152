package dev.pygov.tally;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared conformance data; fails loudly (never skips) when it is missing. */
public final class ConformanceFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ConformanceFiles() {
    }

    public static Path directory() {
        String configured = System.getProperty("pygov.conformance.dir");
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("system property pygov.conformance.dir is not set (surefire sets it from the pom)");
        }
        Path dir = Path.of(configured);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("conformance data not found at " + dir.toAbsolutePath());
        }
        return dir;
    }

    public static JsonNode read(String relative) {
        Path file = directory().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("conformance file missing: " + file.toAbsolutePath());
        }
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
