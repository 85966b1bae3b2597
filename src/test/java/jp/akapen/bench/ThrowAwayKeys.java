package jp.akapen.bench;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/** A vault master key and an audit key made up for one run on a throw-away database: command-line arguments. */
final class ThrowAwayKeys {

    private ThrowAwayKeys() {
    }

    static List<String> arguments() {
        return List.of("--akapen.vault.master-key=" + randomKey(), "--akapen.audit.key=" + randomKey());
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
