package jp.akapen.account;

/**
 * How a TOTP secret is kept at rest. Without a bean of this type the secret is stored as the app
 * holds it (Base32); the privacy area may provide one that seals it under the vault's master key
 * (AES-GCM, the account id as associated data). Such a sealer must still open secrets stored
 * before it existed, e.g. by a prefix on what it seals.
 */
public interface MfaSecretSealer {

    String seal(long accountId, String secret);

    String open(long accountId, String stored);

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
