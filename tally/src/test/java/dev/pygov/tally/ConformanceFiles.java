package dev.pygov.tally;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the conformance data the project carries in {@code src/test/resources/conformance} (see its README for
 * where each file comes from); fails loudly (never skips) when a file is missing.
 */
public final class ConformanceFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ROOT = "/conformance/";

    private ConformanceFiles() {
    }

    public static JsonNode read(String relative) {
        try (InputStream in = ConformanceFiles.class.getResourceAsStream(ROOT + relative)) {
            if (in == null) {
                throw new IllegalStateException("conformance file missing from the test classpath: " + ROOT + relative);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
