package dev.pygov.election.domain;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;

/**
 * Seals an accepted ballot for the intake (AES-256-GCM under the service's intake key, the box id bound as associated
 * data), so that the row written in the voter's transaction shows neither tracker nor content to anyone reading the
 * database, its dead rows or its WAL; padded to one length per box, so that neither does its length (0517). Plain
 * Java. See docs/decisions/0515-ballot-intake-sealed-and-mixed.md.
 */
public final class BallotSeal {

    /** An accepted ballot waiting to be mixed into a slot; {@code acceptedNanos} orders replacements of one ballot. */
    public record PendingBallot(String tracker, String content, boolean replacement, long acceptedNanos) {
    }

    private static final int NONCE_BYTES = 12;
    private static final int HEADER_BYTES = 1 + 8;
    private static final int TRACKER_BYTES = 64;
    private static final int PAD_BLOCK = 64;
    /** The first byte of a padded plaintext; 0 and 1 were the unpadded format's replacement flag. */
    private static final byte PADDED_FIRST = 2;
    private static final byte PADDED_REPLACEMENT = 3;
    private static final int TAG_BITS = 128;
    private static final int MIN_SECRET_CHARACTERS = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    /** @param secret at least 32 characters of random text; its SHA-256 is the AES key */
    public BallotSeal(String secret) {
        if (secret == null || secret.strip().length() < MIN_SECRET_CHARACTERS) {
            throw new IllegalArgumentException("the ballot intake key must be at least " + MIN_SECRET_CHARACTERS
                    + " characters of random text (PYGOV_BALLOT_INTAKE_KEY)");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.strip().getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(digest, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /**
     * Seals a ballot padded to the box's fixed length, so that every sealed row of a box has the same length whatever
     * it says (docs/decisions/0517).
     *
     * @param contentBytes the longest content the box can hold, in UTF-8 bytes (the same for every ballot of the box)
     */
    public byte[] seal(UUID boxId, PendingBallot ballot, int contentBytes) {
        byte[] tracker = ballot.tracker().getBytes(StandardCharsets.US_ASCII);
        byte[] content = ballot.content().getBytes(StandardCharsets.UTF_8);
        if (tracker.length != TRACKER_BYTES) {
            throw new IllegalArgumentException("a tracker is 64 hexadecimal characters");
        }
        if (content.length > contentBytes) {
            throw new IllegalArgumentException("a ballot is longer than its box's longest ballot");
        }
        ByteBuffer plain = ByteBuffer.allocate(paddedLength(contentBytes));
        plain.put((byte) (ballot.replacement() ? PADDED_REPLACEMENT : PADDED_FIRST)).putLong(ballot.acceptedNanos())
                .put(tracker).putInt(content.length).put(content);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] cipherText = cipher(Cipher.ENCRYPT_MODE, boxId, nonce, plain.array());
        return ByteBuffer.allocate(NONCE_BYTES + cipherText.length).put(nonce).put(cipherText).array();
    }

    /**
     * The plaintext length for a box: header, tracker and the longest content, rounded up to a multiple of 64 bytes
     * (zeros after the content).
     */
    static int paddedLength(int contentBytes) {
        int needed = HEADER_BYTES + TRACKER_BYTES + 4 + contentBytes;
        return (needed + PAD_BLOCK - 1) / PAD_BLOCK * PAD_BLOCK;
    }

    /** @throws IllegalStateException when the bytes were not sealed for this box with this key */
    public PendingBallot open(UUID boxId, byte[] sealed) {
        if (sealed.length <= NONCE_BYTES) {
            throw new IllegalStateException("a sealed ballot is too short to be one");
        }
        byte[] plain = cipher(Cipher.DECRYPT_MODE, boxId, Arrays.copyOf(sealed, NONCE_BYTES),
                Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length));
        try {
            ByteBuffer buffer = ByteBuffer.wrap(plain);
            byte format = buffer.get();
            boolean replacement = format == 1 || format == PADDED_REPLACEMENT;
            long acceptedNanos = buffer.getLong();
            byte[] tracker;
            byte[] content;
            if (format == PADDED_FIRST || format == PADDED_REPLACEMENT) {
                tracker = new byte[TRACKER_BYTES];
                buffer.get(tracker);
                content = new byte[buffer.getInt()];
                buffer.get(content);
            } else {
                // Sealed before padding (0515), still waiting when the service was upgraded: flag, time, tracker, content.
                tracker = new byte[buffer.getInt()];
                buffer.get(tracker);
                content = new byte[buffer.remaining()];
                buffer.get(content);
            }
            return new PendingBallot(new String(tracker, StandardCharsets.US_ASCII), new String(content, StandardCharsets.UTF_8),
                    replacement, acceptedNanos);
        } catch (BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            throw new IllegalStateException("a sealed ballot opens but does not hold a ballot", e);
        }
    }

    private byte[] cipher(int mode, UUID boxId, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(boxId.toString().getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("a sealed ballot does not open with this intake key for this box"
                    + " (was the key changed while ballots were waiting?)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }
}
