package dev.pygov.election.domain;

import dev.pygov.commons.problem.ProblemException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Secrets and their public hashes. A voter keeps a ballot key (secret, lets them replace their ballot); the tracker
 * published next to their ballot is HMAC-SHA-256 of the box id under that key, so one key used in two boxes gives two
 * unrelated trackers (docs/decisions/0516). The draw seed is committed with SHA-256.
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

    /**
     * The public tracker of a ballot key in one box: HMAC-SHA-256 keyed by the ballot key as typed by the voter (hex
     * text, case and surrounding blanks ignored, as UTF-8) over the box id (its canonical text). Anyone holding the key
     * can recompute it for the published file of that box, and nobody can tell that two boxes' trackers share a key.
     */
    public static String trackerOf(UUID box, String ballotKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(normalised(ballotKey).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(box.toString().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides HMAC-SHA-256", e);
        }
    }

    /**
     * The tracker ballots cast before trackers were scoped to their box carry (SHA-256 of the key, the same in every
     * box): only looked for, so that those ballots can still be replaced, checked and found in published files.
     */
    public static String legacyTrackerOf(String ballotKey) {
        return sha256(normalised(ballotKey).getBytes(StandardCharsets.UTF_8));
    }

    private static String normalised(String ballotKey) {
        return ballotKey.trim().toLowerCase();
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
