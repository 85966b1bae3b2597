package jp.akapen.privacy.vault.crypto;

/**
 * The vault could not do what was asked with the keys and bytes it was given: a ciphertext or wrapped key that
 * does not authenticate (wrong key, wrong AAD, changed bytes), an unknown format version, or a master key that
 * cannot be loaded. Messages never contain key material or plaintext.
 */
public final class VaultException extends RuntimeException {

    public VaultException(String message) {
        super(message);
    }

    public VaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
