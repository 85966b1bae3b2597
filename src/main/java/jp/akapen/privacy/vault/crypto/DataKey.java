package jp.akapen.privacy.vault.crypto;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.security.auth.Destroyable;

/**
 * One cohort's 256-bit AES key for its residents' personal data (seed P1, P5, P11). It is stored only as a
 * {@link WrappedKey} under the {@link MasterKey}; once that wrapped form is gone and the key {@link #destroy()}ed,
 * every field sealed under it is unreadable, in the live database and in old backups alike (crypto-shredding, D1).
 *
 * <p>Thread-safe. After {@link #destroy()}, every use throws {@link IllegalStateException}.
 */
public final class DataKey implements Destroyable {

    static final int WRAP_VERSION = 1;

    private final byte[] key;
    private boolean destroyed;

    private DataKey(byte[] key) {
        this.key = key;
    }

    /** A new random key for a new cohort. */
    public static DataKey generate(SecureRandom random) {
        byte[] key = new byte[Aes.KEY_BYTES];
        Objects.requireNonNull(random, "random").nextBytes(key);
        return new DataKey(key);
    }

    /**
     * Encrypts this key under the master key, bound to {@code keyId} (e.g. {@code "cohort:12"}) so that a wrapped
     * key copied to another cohort's row does not unwrap. Each call uses a fresh random nonce.
     */
    public WrappedKey wrap(MasterKey master, String keyId) {
        Objects.requireNonNull(master, "master");
        byte[] aad = Aes.aad(WRAP_VERSION, keyId, "keyId");
        byte[] nonce = new byte[Aes.NONCE_BYTES];
        Nonces.RANDOM.nextBytes(nonce);
        byte[] masterBytes = master.copy();
        byte[] keyBytes = copy();
        try {
            return new WrappedKey(WRAP_VERSION, nonce, Aes.seal(masterBytes, nonce, aad, keyBytes));
        } finally {
            Arrays.fill(masterBytes, (byte) 0);
            Arrays.fill(keyBytes, (byte) 0);
        }
    }

    /**
     * The data key inside {@code wrapped}.
     *
     * @throws VaultException if the master key or the key id is not the one it was wrapped with, the bytes were
     *     changed, or the version is unknown
     */
    public static DataKey unwrap(WrappedKey wrapped, MasterKey master, String keyId) {
        Objects.requireNonNull(wrapped, "wrapped");
        Objects.requireNonNull(master, "master");
        byte[] aad = Aes.aad(WRAP_VERSION, keyId, "keyId");
        if (wrapped.version() != WRAP_VERSION) {
            throw new VaultException("Unknown wrapped key version " + wrapped.version() + " for " + keyId + ".");
        }
        byte[] nonce = wrapped.nonce();
        byte[] ciphertext = wrapped.ciphertext();
        if (nonce.length != Aes.NONCE_BYTES || ciphertext.length != Aes.KEY_BYTES + Aes.TAG_BYTES) {
            throw new VaultException("The wrapped key for " + keyId + " has the wrong length.");
        }
        byte[] masterBytes = master.copy();
        try {
            return new DataKey(Aes.open(masterBytes, nonce, aad, ciphertext));
        } catch (AEADBadTagException e) {
            throw new VaultException("The data key for " + keyId + " cannot be unwrapped: wrong master key (fingerprint "
                    + master.fingerprint() + "), a wrapped key that belongs to another key id, or changed bytes.");
        } finally {
            Arrays.fill(masterBytes, (byte) 0);
        }
    }

    /** A copy of the key bytes, for this package only; the caller zeroes it after use. */
    synchronized byte[] copy() {
        if (destroyed) {
            throw new IllegalStateException("This data key has been destroyed");
        }
        return key.clone();
    }

    /** Zeroes the key in memory; afterwards every use throws. Copies the JVM or the JCE made cannot be reached. */
    @Override
    public synchronized void destroy() {
        Arrays.fill(key, (byte) 0);
        destroyed = true;
    }

    @Override
    public synchronized boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return isDestroyed() ? "DataKey[destroyed]" : "DataKey[****]";
    }
}
