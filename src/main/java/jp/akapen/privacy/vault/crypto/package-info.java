/**
 * The vault's cryptography, plain Java on the JDK's {@code javax.crypto} (seed P1, P5, P11; crypto-shredding for
 * D1). Residents' personal data is sealed field by field with AES-256-GCM under a {@link
 * jp.akapen.privacy.vault.crypto.DataKey} per cohort; data keys are stored only wrapped under the {@link
 * jp.akapen.privacy.vault.crypto.MasterKey}, which never enters the database.
 *
 * <h2>Byte layouts (version 1)</h2>
 * <ul>
 *   <li>Sealed field ({@link jp.akapen.privacy.vault.crypto.FieldCipher}): {@code 0x01} ‖ nonce (12) ‖ ciphertext ‖ tag
 *       (16); associated data {@code 0x01} ‖ UTF-8 of e.g. {@code "person:42/field:email"}.</li>
 *   <li>Wrapped data key ({@link jp.akapen.privacy.vault.crypto.WrappedKey}): version 1, nonce (12), ciphertext ‖ tag (48);
 *       associated data {@code 0x01} ‖ UTF-8 of e.g. {@code "cohort:12"}. As one value: {@code 0x01} ‖ nonce ‖
 *       ciphertext (61 bytes).</li>
 * </ul>
 *
 * <h2>Where the master key comes from</h2>
 * One of, in this order (the Spring wiring reads them; this package only parses):
 * <ol>
 *   <li>{@code akapen.vault.master-key-file} (environment {@code AKAPEN_VAULT_MASTER_KEY_FILE}): a file holding the
 *       key as one line of base64, outside the database's data and backup folders, owned by the account that runs
 *       Akapen and {@code chmod 600}; {@link jp.akapen.privacy.vault.crypto.MasterKey#fromFile} refuses it if group or
 *       others may read or write it. The preferred way.</li>
 *   <li>{@code akapen.vault.master-key} (environment {@code AKAPEN_VAULT_MASTER_KEY}): the base64 itself, e.g. from
 *       a secrets manager. Never put it in {@code application.properties} in git: environments leak into process
 *       listings and crash reports more easily than a file does.</li>
 *   <li>Demo mode only ({@code akapen.demo=true}) when neither is set: a key is generated and written with
 *       {@link jp.akapen.privacy.vault.crypto.MasterKey#writeNewFile} to {@code ${user.home}/.akapen/vault-master.key}
 *       (next to the embedded database's data, {@code rw-------}), and its fingerprint logged. Outside demo mode a
 *       missing key stops start-up rather than generating one.</li>
 * </ol>
 * Make one with {@code openssl rand -base64 32 > master.key && chmod 600 master.key}. Only
 * {@link jp.akapen.privacy.vault.crypto.MasterKey#fingerprint()} may be logged.
 *
 * <h2>Crypto-shredding and backups</h2>
 * Destroying a cohort means deleting its wrapped key. A database backup taken earlier still holds that wrapped key
 * next to the sealed fields, so the backup stays readable for as long as the master key it was wrapped under
 * exists. To make old backups unreadable too, either keep wrapped keys in a store that is not backed up with the
 * database (or whose backups expire first), or rotate the master key after shredding: unwrap every remaining
 * cohort's key, wrap it under a new master key, then destroy the old master key and every copy of it
 * ({@code java -jar akapen.jar rotate-master-key} does the re-wrapping; see README).
 *
 * <h2>Limits</h2>
 * Java cannot promise that key bytes are gone from memory: {@code destroy()} zeroes the vault's own arrays, but the
 * JCE and the garbage collector may have made copies, and Strings (base64 keys, decrypted text) cannot be zeroed.
 * A ciphertext's length reveals its plaintext's length in UTF-8 bytes.
 */
package jp.akapen.privacy.vault.crypto;
