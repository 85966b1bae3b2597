package jp.akapen.account.mfa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Single-use codes for when the phone is lost (ASVS 2.6): ten at a time, twelve characters from
 * an alphabet without look-alikes (about 59 bits each), shown once as {@code xxxx-xxxx-xxxx}.
 * Random enough that a plain SHA-256 hash protects them at rest; a slow hash adds nothing.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    static final int LENGTH = 12;
    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    static final Pattern NORMALISED = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    static List<String> generate() {
        var codes = new ArrayList<String>(COUNT);
        for (int n = 0; n < COUNT; n++) {
            var code = new StringBuilder();
            for (int i = 0; i < LENGTH; i++) {
                if (i > 0 && i % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** What the person typed, without hyphens, spaces and case; null when it cannot be a recovery code. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String plain = typed.replaceAll("[\\s\\-－]", "").toLowerCase(Locale.ROOT);
        return NORMALISED.matcher(plain).matches() ? plain : null;
    }

    static String hash(String normalised) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
