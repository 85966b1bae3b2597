package jp.akapen.privacy.vault.crypto;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;

/**
 * Seals one personal-data value (a name, its furigana, an address, an email, a phone number) under its cohort's
 * {@link DataKey} (seed P1, P5, P11).
 *
 * <p>Layout, version 1: {@code 0x01} ‖ 12-byte random nonce ‖ AES-256-GCM ciphertext of the UTF-8 text ‖ 16-byte tag;
 * 29 bytes plus the text's UTF-8 length. The associated data is the version byte ‖ UTF-8 of {@code aad}, which names
 * the value's place (e.g. {@code "person:42/field:email"}): a value copied to another row or field, or sealed under
 * another cohort's key, does not decrypt. Why random nonces are fine: see {@link Nonces}.
 *
 * <p>The ciphertext's length reveals the text's length in UTF-8 bytes. Thread-safe.
 */
public final class FieldCipher {

    static final int VERSION = 1;
    private static final int HEADER_BYTES = 1 + Aes.NONCE_BYTES;

    private final SecureRandom random;

    public FieldCipher() {
        this(Nonces.RANDOM);
    }

    public FieldCipher(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The sealed value, or {@code null} for {@code null}; the empty string is sealed like any other value. */
    public byte[] encrypt(DataKey key, String plaintext, String aad) {
        byte[] text = plaintext == null ? null : Aes.utf8(plaintext);
        try {
            return encryptBytes(key, text, aad);
        } finally {
            if (text != null) {
                Arrays.fill(text, (byte) 0);
            }
        }
    }

    /**
     * The text sealed by {@link #encrypt}, or {@code null} for {@code null}.
     *
     * @throws VaultException if the key or {@code aad} is not the one it was sealed with, any bit was changed, or
     *     the version is unknown
     */
    public String decrypt(DataKey key, byte[] sealed, String aad) {
        byte[] text = decryptBytes(key, sealed, aad);
        if (text == null) {
            return null;
        }
        try {
            return Aes.fromUtf8(text);
        } finally {
            Arrays.fill(text, (byte) 0);
        }
    }

    /** Bytes sealed like a field (a file's content, issue 12 item 5); {@code null} for {@code null}. */
    public byte[] encryptBytes(DataKey key, byte[] plaintext, String aad) {
        Objects.requireNonNull(key, "key");
        byte[] associated = Aes.aad(VERSION, aad, "aad");
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[Aes.NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] keyBytes = key.copy();
        try {
            byte[] ciphertext = Aes.seal(keyBytes, nonce, associated, plaintext);
            byte[] sealed = new byte[HEADER_BYTES + ciphertext.length];
            sealed[0] = (byte) VERSION;
            System.arraycopy(nonce, 0, sealed, 1, nonce.length);
            System.arraycopy(ciphertext, 0, sealed, HEADER_BYTES, ciphertext.length);
            return sealed;
        } finally {
            Arrays.fill(keyBytes, (byte) 0);
        }
    }

    /**
     * The bytes sealed by {@link #encryptBytes}, or {@code null} for {@code null}.
     *
     * @throws VaultException as {@link #decrypt}
     */
    public byte[] decryptBytes(DataKey key, byte[] sealed, String aad) {
        Objects.requireNonNull(key, "key");
        byte[] associated = Aes.aad(VERSION, aad, "aad");
        if (sealed == null) {
            return null;
        }
        if (sealed.length < HEADER_BYTES + Aes.TAG_BYTES) {
            throw new VaultException("The sealed value for " + aad + " is too short (" + sealed.length + " bytes).");
        }
        if (Byte.toUnsignedInt(sealed[0]) != VERSION) {
            throw new VaultException("The sealed value for " + aad + " has unknown version "
                    + Byte.toUnsignedInt(sealed[0]) + ".");
        }
        byte[] keyBytes = key.copy();
        try {
            return Aes.open(keyBytes, Arrays.copyOfRange(sealed, 1, HEADER_BYTES), associated,
                    Arrays.copyOfRange(sealed, HEADER_BYTES, sealed.length));
        } catch (AEADBadTagException e) {
            throw new VaultException("The sealed value for " + aad + " cannot be decrypted: another cohort's or file's"
                    + " key, a value that belongs to another row, field or file, or changed bytes.");
        } finally {
            Arrays.fill(keyBytes, (byte) 0);
        }
    }
}
