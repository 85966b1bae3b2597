package jp.akapen.account.mfa;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 one-time codes as authenticator apps make them (HMAC-SHA1, 6 digits, 30 s), computed
 * by java-otp. A code is accepted from one step before to one step after the server's clock, so
 * that a phone a little fast or slow still works (RFC 6238 §5.2), but only for a step later than
 * the last one used: the same code, or an older one, never opens a second session (ASVS 2.8.4).
 */
final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    static final int DRIFT_STEPS = 1;
    static final Pattern CODE = Pattern.compile("[0-9]{6}");

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS);

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
    }

    /** The code an authenticator app shows at the given time. */
    String codeAt(byte[] secret, Instant at) {
        try {
            return generator.generateOneTimePasswordString(new SecretKeySpec(secret, generator.getAlgorithm()), at);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("Unusable TOTP secret", e);
        }
    }

    /**
     * The step of the code, if it is right for a step within the drift window and later than
     * {@code lastUsedStep} (null when no code was used yet).
     */
    OptionalLong match(byte[] secret, String code, Instant now, Long lastUsedStep) {
        if (code == null || !CODE.matcher(code).matches()) {
            return OptionalLong.empty();
        }
        byte[] given = code.getBytes(StandardCharsets.US_ASCII);
        long current = step(now);
        long matched = Long.MIN_VALUE;
        // every candidate is compared, in constant time, so the timing tells nothing about which step
        for (long candidate = current - DRIFT_STEPS; candidate <= current + DRIFT_STEPS; candidate++) {
            byte[] expected = codeAt(secret, Instant.ofEpochSecond(candidate * STEP.toSeconds()))
                    .getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, given) && (lastUsedStep == null || candidate > lastUsedStep)) {
                matched = Math.max(matched, candidate);
            }
        }
        return matched == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(matched);
    }
}
