package jp.akapen.privacy.vault;

import java.util.Base64;
import jp.akapen.account.MfaSecretSealer;
import jp.akapen.privacy.vault.crypto.DataKey;
import jp.akapen.privacy.vault.crypto.FieldCipher;
import jp.akapen.privacy.vault.crypto.VaultException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Seals each account's TOTP secret (seed P3, P11; issue 24) with AES-256-GCM under a data key of its own (scope MFA,
 * wrapped under the master key like every cohort's key), the account id bound in as associated data, so a sealed
 * secret copied to another account's row does not open. Stored as {@code sealed-v1:} + base64 of the
 * {@link FieldCipher} bytes; a secret stored before sealing (Base32, which never contains a colon) opens as it is
 * until start-up seals it in place. A master-key rotation re-wraps the one MFA key: the sealed secrets stay as
 * they are and are then protected by the new master key alone.
 */
@Component
class SealedMfaSecrets implements MfaSecretSealer {

    static final String PREFIX = "sealed-v1:";
    static final long SCOPE_ID = 0;

    private final Vault vault;
    private final VaultRepository keys;
    private final FieldCipher cipher = new FieldCipher();

    SealedMfaSecrets(Vault vault, VaultRepository keys) {
        this.vault = vault;
        this.keys = keys;
    }

    @Override
    public String seal(long accountId, String secret) {
        DataKey key = vault.unwrap(mfaKeyCreatingIt()).orElseThrow(() -> new VaultException("The MFA data key is destroyed."));
        try {
            return PREFIX + Base64.getEncoder().withoutPadding().encodeToString(
                    cipher.encrypt(key, secret, aad(accountId)));
        } finally {
            key.destroy();
        }
    }

    @Override
    public String open(long accountId, String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        var row = keys.key(KeyScope.MFA, SCOPE_ID)
                .orElseThrow(() -> new VaultException("A sealed TOTP secret exists but the MFA data key does not."));
        DataKey key = vault.unwrap(row).orElseThrow(() -> new VaultException("The MFA data key is destroyed."));
        try {
            byte[] sealed;
            try {
                sealed = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            } catch (IllegalArgumentException e) {
                throw new VaultException("The sealed TOTP secret of account " + accountId + " is not base64.");
            }
            return cipher.decrypt(key, sealed, aad(accountId));
        } finally {
            key.destroy();
        }
    }

    @Override
    public boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    private VaultRepository.KeyRow mfaKeyCreatingIt() {
        try {
            return vault.ensureKey(KeyScope.MFA, SCOPE_ID);
        } catch (DuplicateKeyException e) {
            // another instance made it at the same moment: use theirs
            return keys.key(KeyScope.MFA, SCOPE_ID).orElseThrow();
        }
    }

    static String aad(long accountId) {
        return "account:" + accountId + "/field:totp_secret";
    }
}
