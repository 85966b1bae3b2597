package jp.akapen.account;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * The one-time code a reset gives, shown once to the person who reset the account: sixteen
 * characters from an alphabet without look-alikes (about 79 bits), in groups of four, typed on the
 * login page as the password, exactly as shown, until {@code validUntil}.
 */
public record ResetCode(String code, Instant validUntil) {

    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    static String generate() {
        var code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Never prints the code. */
    @Override
    public String toString() {
        return "ResetCode[until " + validUntil + "]";
    }
}
