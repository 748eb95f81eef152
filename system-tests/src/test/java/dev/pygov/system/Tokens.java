package dev.pygov.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pygov.devstack.keycloak.DemoUsers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the platform's Keycloak, by the password grant of a demo user. */
final class Tokens {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** Tokens this close to their expiry are replaced, so that no test is handed one that lapses while it runs. */
    private static final long MARGIN_SECONDS = 120;

    /**
     * A token fresh enough for one test: Keycloak issues them for five minutes, and a suite on one platform lasts far
     * longer, so a cached token is replaced once it comes within two minutes of its expiry.
     */
    static String of(String username) {
        return CACHE.compute(username, (name, cached) -> cached != null && !nearExpiry(cached) ? cached : fresh(name));
    }

    private static boolean nearExpiry(String token) {
        long expiresAt = claims(token).path("exp").asLong(0);
        return expiresAt - java.time.Instant.now().getEpochSecond() < MARGIN_SECONDS;
    }

    static String fresh(String username) {
        return PlatformExtension.platform().keycloak().passwordGrant(username, DemoUsers.named(username).password());
    }

    static String subjectOf(String username) {
        return claims(of(username)).get("sub").asText();
    }

    static JsonNode claims(String token) {
        try {
            return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
