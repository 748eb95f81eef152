package dev.pygov.notification.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * Signed one-click unsubscribe tokens: {@code base64url(person \n kind) . base64url(HMAC-SHA256)}. Only this service
 * can make one, so a link unsubscribes exactly the person and kind it was mailed for, without a login.
 */
public final class UnsubscribeTokens {

    public record Subscription(String personId, NoticeKind kind) {
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] secret;

    public UnsubscribeTokens(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("pygov.unsubscribe.secret must be at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(String personId, NoticeKind kind) {
        byte[] claim = (personId + "\n" + kind.code()).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(claim) + "." + ENCODER.encodeToString(mac(claim));
    }

    public Optional<Subscription> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            byte[] claim = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(claim), signature)) {
                return Optional.empty();
            }
            String[] parts = new String(claim, StandardCharsets.UTF_8).split("\n", 2);
            if (parts.length != 2) {
                return Optional.empty();
            }
            return NoticeKind.fromCode(parts[1]).map(kind -> new Subscription(parts[0], kind));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] claim) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(claim);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
