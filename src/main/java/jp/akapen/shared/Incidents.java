package jp.akapen.shared;

import java.security.SecureRandom;

/** Short ids a user can read out over the phone, which find the full error in the log. */
public final class Incidents {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Incidents() {
    }

    public static String newId() {
        var id = new StringBuilder("AK-");
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
