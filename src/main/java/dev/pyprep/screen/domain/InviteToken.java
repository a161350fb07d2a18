package dev.pyprep.screen.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * An invite link's secret: 32 random bytes, URL-safe base64 in the link. Only its SHA-256 is stored, so the raw token
 * exists only when it is made (creation or resend).
 */
public record InviteToken(String raw) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static InviteToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new InviteToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public byte[] hash() {
        return hash(raw);
    }

    public static byte[] hash(String raw) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** A token can only be the 43 URL-safe characters we hand out; anything else is not looked up at all. */
    public static boolean wellFormed(String raw) {
        return raw != null && raw.matches("[A-Za-z0-9_-]{43}");
    }

    @Override
    public String toString() {
        return "InviteToken[***]";
    }
}
