package jp.akapen.account;

/**
 * How a TOTP secret is kept at rest (seed P3, P11). Without a bean of this type the secret is
 * stored as the app holds it (Base32); the privacy area provides one that seals it under a data key
 * wrapped by the vault's master key (AES-GCM, the account id as associated data). A sealer still
 * opens secrets stored before it existed (they carry no prefix), and the account area seals those
 * in place at start-up.
 */
public interface MfaSecretSealer {

    String seal(long accountId, String secret);

    String open(long accountId, String stored);

    /** Whether {@code stored} is in this sealer's sealed form (false: stored before sealing, to be sealed in place). */
    default boolean isSealed(String stored) {
        return false;
    }

    /** Stored as is: the default until a sealing bean exists. */
    MfaSecretSealer PLAIN = new MfaSecretSealer() {

        @Override
        public String seal(long accountId, String secret) {
            return secret;
        }

        @Override
        public String open(long accountId, String stored) {
            return stored;
        }
    };
}
