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

    /** A token fresh enough for one test (Keycloak issues them for five minutes). */
    static String of(String username) {
        return CACHE.computeIfAbsent(username, Tokens::fresh);
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
