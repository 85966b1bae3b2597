package jp.akapen.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must satisfy (ASVS V2.1): length counted in characters, not bytes, so a
 * Japanese passphrase counts as it reads; no composition rules; not the username; not one of the
 * common passwords, nor one of them with digits or symbols added at the end (ASVS 2.1.7).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The i18n keys of every rule the password breaks; empty when it is acceptable. */
    public static List<String> violations(String username, String password) {
        var problems = new ArrayList<String>();
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("password.too-short");
        }
        if (length > MAX_LENGTH) {
            problems.add("password.too-long");
        }
        if (password != null && username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("password.contains-username");
        }
        if (password != null && length >= MIN_LENGTH && password.codePoints().distinct().count() < 4) {
            problems.add("password.too-repetitive");
        }
        // a short password is already refused; saying that it is also common would only add noise
        if (length >= MIN_LENGTH && length <= MAX_LENGTH && CommonPasswords.contains(password)) {
            problems.add("password.common");
        }
        return problems;
    }
}
