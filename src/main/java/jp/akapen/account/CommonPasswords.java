package jp.akapen.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The 10,000 most common passwords (SecLists, MIT; see the resource's header), compared without
 * case, and also after dropping a trailing run of digits and symbols, since "Password2024!" is
 * what a policy of twelve characters gets instead of "password" (ASVS 2.1.7).
 */
final class CommonPasswords {

    static final String RESOURCE = "/account/common-passwords.txt";
    private static final Pattern TRAILING_DIGITS_AND_SYMBOLS = Pattern.compile("[\\p{Nd}\\p{Punct}\\s]+$");

    private CommonPasswords() {
    }

    private static final class Loaded {
        static final Set<String> ENTRIES = load();
    }

    static boolean contains(String password) {
        if (password == null || password.isBlank()) {
            return false;
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (Loaded.ENTRIES.contains(lower)) {
            return true;
        }
        String stem = TRAILING_DIGITS_AND_SYMBOLS.matcher(lower).replaceFirst("");
        // a stem too short to be a word ("a1234567890!") is left to the length rule
        return stem.length() >= 3 && Loaded.ENTRIES.contains(stem);
    }

    static int size() {
        return Loaded.ENTRIES.size();
    }

    private static Set<String> load() {
        var entries = new HashSet<String>(16_384);
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(CommonPasswords.class.getResourceAsStream(RESOURCE), RESOURCE),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    entries.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(entries);
    }
}
