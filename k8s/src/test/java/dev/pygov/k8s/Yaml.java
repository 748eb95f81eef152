package dev.pygov.k8s;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** Reads and writes plain YAML maps. */
final class Yaml {

    static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

    private Yaml() {
    }

    static Map<String, Object> readMap(Path file) {
        try {
            Map<String, Object> map = MAPPER.readValue(file.toFile(), new TypeReference<>() { });
            return map == null ? Map.of() : map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> readMap(String yaml) {
        try {
            Map<String, Object> map = MAPPER.readValue(yaml, new TypeReference<>() { });
            return map == null ? Map.of() : map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, Object value) {
        try {
            MAPPER.writeValue(file.toFile(), value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
