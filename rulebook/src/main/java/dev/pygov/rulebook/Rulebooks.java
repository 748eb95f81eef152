package dev.pygov.rulebook;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads rulebook documents: the published versions on the classpath, or any document a vote adopts. */
public final class Rulebooks {

    /** The version written from the seeds. */
    public static final int SEEDED_VERSION = 1;

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private Rulebooks() {
    }

    public static Rulebook seeded() {
        return published(SEEDED_VERSION).orElseThrow();
    }

    /** A version shipped with PyGov, if there is one. */
    public static Optional<Rulebook> published(int version) {
        try (InputStream in = Rulebooks.class.getResourceAsStream(resource(version))) {
            return in == null ? Optional.empty() : Optional.of(parse(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every version shipped with PyGov, oldest first. */
    public static List<Rulebook> allPublished() {
        List<Rulebook> all = new ArrayList<>();
        for (int v = SEEDED_VERSION; ; v++) {
            Optional<Rulebook> book = published(v);
            if (book.isEmpty()) {
                return all;
            }
            all.add(book.get());
        }
    }

    public static Rulebook parse(byte[] json) {
        try {
            return STRICT.readValue(json, Rulebook.class);
        } catch (InvalidRulebookException e) {
            throw e;
        } catch (JacksonException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidRulebookException invalid) {
                throw invalid;
            }
            throw new InvalidRulebookException("rulebook is not valid: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toJson(Rulebook rulebook) {
        try {
            return STRICT.writerWithDefaultPrettyPrinter().writeValueAsString(rulebook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(int version) {
        return "/rulebook/v" + version + ".json";
    }
}
