package jp.akapen.privacy.vault;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.akapen.privacy.vault.crypto.DataKey;
import jp.akapen.privacy.vault.crypto.MasterKey;
import jp.akapen.privacy.vault.crypto.VaultException;
import jp.akapen.privacy.vault.crypto.WrappedKey;

/**
 * The master keys this instance knows (seed P11, issue 24): the current one, which wraps every new data key, and
 * during a rotation the one it replaces, which only opens what is still wrapped under it. Each stored data key names
 * its master key by fingerprint ({@code data_key.master_key}), so the right one is picked without trying each.
 */
final class MasterKeyRing {

    private final Map<String, MasterKey> known = new LinkedHashMap<>();
    private volatile MasterKey current;

    MasterKeyRing(MasterKey current, List<MasterKey> others) {
        this.current = Objects.requireNonNull(current, "current");
        known.put(current.fingerprint(), current);
        others.forEach(key -> known.putIfAbsent(key.fingerprint(), key));
    }

    MasterKey current() {
        return current;
    }

    synchronized Optional<MasterKey> byFingerprint(String fingerprint) {
        return Optional.ofNullable(known.get(fingerprint));
    }

    /** From now on {@code key} wraps new data keys; the keys known before still open what they wrapped. */
    synchronized void adopt(MasterKey key) {
        known.putIfAbsent(key.fingerprint(), key);
        current = known.get(key.fingerprint());
    }

    /** Zeroes every key held (at shutdown). */
    synchronized void destroy() {
        known.values().forEach(MasterKey::destroy);
    }

    /** The current key first, then the others. */
    synchronized List<MasterKey> all() {
        var all = new java.util.ArrayList<MasterKey>();
        all.add(current);
        known.values().stream().filter(key -> key != current).forEach(all::add);
        return all;
    }

    /** A data key and the master key that opened it. */
    record Opened(DataKey key, MasterKey by) {
    }

    /**
     * Opens a stored data key with the master key its row names, or, for a row that names none yet (from before
     * V015), with whichever known key opens it, the current one first.
     *
     * @throws VaultException if the row names a master key this instance lacks, or no known key opens it
     */
    Opened open(byte[] wrapped, String masterKey, String keyId) {
        WrappedKey parsed = WrappedKey.fromBytes(wrapped);
        if (masterKey != null) {
            MasterKey by = byFingerprint(masterKey).orElseThrow(() -> new VaultException("The data key for " + keyId
                    + " is wrapped under master key " + masterKey + ", which this instance does not have (it has "
                    + all().stream().map(MasterKey::fingerprint).toList() + "): the key configured is an older one, or a"
                    + " master-key rotation has not finished. Configure the key with that fingerprint, or run 'java -jar"
                    + " akapen.jar rotate-master-key' with akapen.vault.master-key-file set to the new key and"
                    + " akapen.vault.previous-master-key-file to the old one (README, \"Rotating the master key\")."));
            return new Opened(DataKey.unwrap(parsed, by, keyId), by);
        }
        VaultException first = null;
        for (MasterKey by : all()) {
            try {
                return new Opened(DataKey.unwrap(parsed, by, keyId), by);
            } catch (VaultException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }
}
