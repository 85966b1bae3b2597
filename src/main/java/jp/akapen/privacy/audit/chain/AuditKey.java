package jp.akapen.privacy.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 256-bit key under which the audit chain is sealed with HMAC-SHA256 (seed P4, P11, issue 24). It is
 * held outside the database, so someone who can write {@code audit_event} can still recompute plain
 * SHA-256 hashes but not keyed ones. {@link #toString()} shows only the {@link #fingerprint()}.
 */
public final class AuditKey {

    public static final int BYTES = 32;

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;
    private final String fingerprint;

    private AuditKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, HMAC);
        this.fingerprint = fingerprintOf(bytes);
    }

    /** A key of exactly {@link #BYTES} bytes; the array is copied, so the caller may zero it. */
    public static AuditKey of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("The audit key must be " + BYTES + " bytes (256 bits, 44 base64 "
                    + "characters); this one is " + bytes.length + " bytes.");
        }
        return new AuditKey(bytes.clone());
    }

    /**
     * The first 16 hex digits of SHA-256 over a label and the key: tells keys apart in the log and in the
     * database, reveals nothing usable, and differs from the vault master key's fingerprint for the same bytes.
     */
    public String fingerprint() {
        return fingerprint;
    }

    /** Lowercase hex HMAC-SHA256 of the UTF-8 bytes of {@code message}. */
    String mac(String message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "AuditKey[fingerprint=" + fingerprint + "]";
    }

    private static String fingerprintOf(byte[] key) {
        try {
            var sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update("akapen-audit-key\n".getBytes(StandardCharsets.US_ASCII));
            byte[] digest = sha256.digest(key);
            try {
                return HexFormat.of().formatHex(digest, 0, 8);
            } finally {
                Arrays.fill(digest, (byte) 0);
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
