package jp.akapen.privacy.vault;

/** Whether a resident's entry in the vault can be read. */
public enum VaultState {
    /** Nothing has been collected for this person yet. */
    ABSENT,
    READABLE,
    /**
     * The data key it was sealed under has been destroyed (crypto-shredding, seed D1): the ciphertext may still
     * exist, but nobody can read it any more.
     */
    KEY_DESTROYED
}
