package jp.akapen.privacy.vault.crypto;

import java.util.Arrays;
import java.util.Objects;

/**
 * A cohort's {@link DataKey} encrypted under the {@link MasterKey}: what the database stores instead of the key.
 * Deleting this row (and every backup that holds it, or retiring the master key it was wrapped under) is what
 * crypto-shreds the cohort.
 *
 * <p>Version 1: AES-256-GCM, {@code nonce} 12 random bytes, {@code ciphertext} = the 32 key bytes encrypted ‖ 16-byte
 * tag (48 bytes), associated data = the version byte ‖ UTF-8 of the key id (e.g. {@code "cohort:12"}).
 * {@link #toBytes()} gives the same parts as one value for a single column: version byte ‖ nonce ‖ ciphertext.
 *
 * <p>The arrays are copied in and out, so a record cannot be changed after it is made.
 */
public record WrappedKey(int version, byte[] nonce, byte[] ciphertext) {

    public WrappedKey {
        nonce = Objects.requireNonNull(nonce, "nonce").clone();
        ciphertext = Objects.requireNonNull(ciphertext, "ciphertext").clone();
    }

    @Override
    public byte[] nonce() {
        return nonce.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    /** Version byte ‖ nonce ‖ ciphertext, e.g. for one {@code VARBINARY} column. */
    public byte[] toBytes() {
        if (version < 0 || version > 255) {
            throw new VaultException("Wrapped key version " + version + " does not fit the one-byte layout.");
        }
        byte[] bytes = new byte[1 + nonce.length + ciphertext.length];
        bytes[0] = (byte) version;
        System.arraycopy(nonce, 0, bytes, 1, nonce.length);
        System.arraycopy(ciphertext, 0, bytes, 1 + nonce.length, ciphertext.length);
        return bytes;
    }

    /** Reads {@link #toBytes()}; the version decides the nonce length (12 bytes for version 1). */
    public static WrappedKey fromBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length < 1) {
            throw new VaultException("A wrapped key cannot be empty.");
        }
        int version = Byte.toUnsignedInt(bytes[0]);
        if (version != DataKey.WRAP_VERSION) {
            throw new VaultException("Unknown wrapped key version " + version + ".");
        }
        if (bytes.length < 1 + Aes.NONCE_BYTES) {
            throw new VaultException("A wrapped key of " + bytes.length + " bytes is too short.");
        }
        return new WrappedKey(version, Arrays.copyOfRange(bytes, 1, 1 + Aes.NONCE_BYTES),
                Arrays.copyOfRange(bytes, 1 + Aes.NONCE_BYTES, bytes.length));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WrappedKey that && version == that.version
                && Arrays.equals(nonce, that.nonce) && Arrays.equals(ciphertext, that.ciphertext);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * version + Arrays.hashCode(nonce)) + Arrays.hashCode(ciphertext);
    }

    @Override
    public String toString() {
        return "WrappedKey[version=" + version + ", nonce=" + nonce.length + " bytes, ciphertext=" + ciphertext.length
                + " bytes]";
    }
}
