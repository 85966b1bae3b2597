package jp.akapen.privacy.vault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.function.Consumer;
import jp.akapen.privacy.vault.crypto.MasterKey;
import jp.akapen.privacy.vault.crypto.VaultException;

/**
 * Where the vault's master key comes from, in this order (plain Java; {@link VaultConfiguration} wires it):
 * the key file {@code akapen.vault.master-key-file}, else the base64 key {@code akapen.vault.master-key}, else, in
 * demo mode only, a key generated once into {@code demoKeyFile} and read from there afterwards. Outside demo mode
 * a missing key is an error that stops start-up: generating one would seal data that no operator could recover.
 */
record MasterKeySource(String keyFile, String base64, boolean demo, Path demoKeyFile) {

    static final String MISSING = "No vault master key is configured. Set akapen.vault.master-key-file "
            + "(environment AKAPEN_VAULT_MASTER_KEY_FILE) to a file holding a 256-bit key in base64, made e.g. with "
            + "'openssl rand -base64 32 > master.key && chmod 600 master.key', or akapen.vault.master-key "
            + "(AKAPEN_VAULT_MASTER_KEY) to the base64 itself. Keep the key outside the database and its backups: "
            + "without it, residents' personal data cannot be read.";

    /**
     * The key a rotation replaces ({@code akapen.vault.previous-master-key-file}, else
     * {@code akapen.vault.previous-master-key}), under the same rules as the current key's file; never generated.
     */
    static java.util.Optional<MasterKey> previous(String keyFile, String base64, Consumer<String> log) {
        if (keyFile != null && !keyFile.isBlank()) {
            MasterKey key = MasterKey.fromFile(Path.of(keyFile.strip()));
            log.accept("Previous vault master key from file " + keyFile.strip() + ", fingerprint " + key.fingerprint());
            return java.util.Optional.of(key);
        }
        if (base64 != null && !base64.isBlank()) {
            MasterKey key = MasterKey.fromBase64(base64);
            log.accept("Previous vault master key from configuration, fingerprint " + key.fingerprint());
            return java.util.Optional.of(key);
        }
        return java.util.Optional.empty();
    }

    /** @param log told where the key came from (never the key; the fingerprint at most) */
    MasterKey load(Consumer<String> log) {
        if (keyFile != null && !keyFile.isBlank()) {
            MasterKey key = MasterKey.fromFile(Path.of(keyFile.strip()));
            log.accept("Vault master key from file " + keyFile.strip() + ", fingerprint " + key.fingerprint());
            return key;
        }
        if (base64 != null && !base64.isBlank()) {
            MasterKey key = MasterKey.fromBase64(base64);
            log.accept("Vault master key from configuration, fingerprint " + key.fingerprint());
            return key;
        }
        if (!demo) {
            throw new VaultException(MISSING);
        }
        if (Files.exists(demoKeyFile)) {
            MasterKey key = MasterKey.fromFile(demoKeyFile);
            log.accept("Demo mode: vault master key from " + demoKeyFile + ", fingerprint " + key.fingerprint());
            return key;
        }
        MasterKey key = MasterKey.generate(new SecureRandom());
        try {
            key.writeNewFile(demoKeyFile);
        } catch (VaultException e) {
            if (Files.exists(demoKeyFile)) {
                // another process created it first: use theirs, so both seal under the same key
                key.destroy();
                return MasterKey.fromFile(demoKeyFile);
            }
            throw e;
        }
        log.accept("Demo mode: generated a vault master key in " + demoKeyFile + ", fingerprint " + key.fingerprint()
                + ". Not for real personal data: configure akapen.vault.master-key-file instead.");
        return key;
    }
}
