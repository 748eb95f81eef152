package dev.pygov.election.domain;

import dev.pygov.commons.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Secrets and their public hashes. A voter keeps a ballot key (secret, lets them replace their ballot); its
 * SHA-256 is the tracker published next to their ballot. The draw seed is committed the same way.
 */
public final class Trackers {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Trackers() {
    }

    /** 32 random bytes as hex. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * A ballot key the voter chose for their first cast (so that a retry after a lost answer can replace instead of
     * being refused): it must look like one this service would have made, 32 bytes as 64 hexadecimal characters.
     */
    public static String chosenKey(String ballotKey) {
        String key = ballotKey.trim().toLowerCase();
        if (!key.matches("[0-9a-f]{64}")) {
            throw ProblemException.invalid("ballotKey", "a ballot key you choose for your first ballot must be 32 random bytes"
                    + " written as 64 hexadecimal characters");
        }
        return key;
    }

    /** The public hash of a ballot key, as typed by the voter (hex text, hashed as UTF-8). */
    public static String trackerOf(String ballotKey) {
        return sha256(ballotKey.trim().toLowerCase().getBytes(StandardCharsets.UTF_8));
    }

    /** The commitment to a draw seed: SHA-256 of the seed's bytes (hex decoded), so anyone can check it. */
    public static String commitmentOf(String seedHex) {
        return sha256(HexFormat.of().parseHex(seedHex));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
