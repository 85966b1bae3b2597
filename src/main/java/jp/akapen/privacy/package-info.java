/**
 * Residents' personal data (seed P1–P11): kept apart from everything else, read only here, and every read or change
 * logged with who, when and which fields. Elsewhere a resident is an id and a pen name.
 *
 * <h2>The vault</h2>
 * {@link jp.akapen.privacy.vault.PersonalDataService} is the one public way to a resident's name, furigana, address, email
 * and phone. Each field is sealed on its own with AES-256-GCM ({@link jp.akapen.privacy.vault.crypto.FieldCipher},
 * associated data {@code person:<id>/field:<column>}) in {@code vault_entry}, under the resident's data key: the key
 * of the latest cohort they were recruited into, or a key of their own until they join one. When a cohort forms
 * ({@link jp.akapen.edition.CohortFormed}, in the same transaction) its residents' entries are sealed again under
 * the cohort key and their person keys destroyed, so destroying a cohort's key
 * ({@link jp.akapen.privacy.vault.PersonalDataService#destroyCohortKey}) erases every entry of that cohort at once
 * (crypto-shredding, D1); reads then say {@link jp.akapen.privacy.vault.VaultState#KEY_DESTROYED}. Data keys live in
 * {@code data_key} only wrapped under the master key, which comes from a key file or configuration and never
 * enters the database ({@code VaultConfiguration}; how to make and keep one: {@code jp.akapen.privacy.vault}).
 *
 * <h2>Who reads</h2>
 * Ward staff and designated handlers ({@link jp.akapen.privacy.handlers.HandlerRegister#isActive}) read any resident's data,
 * a resident their own; everyone else is refused and the refusal logged (P2). Reads go field by field
 * ({@code readField}) except where the whole entry is the point (the owner's page, the ward's correction form,
 * {@code readAll}); each call writes exactly one PERSONAL_DATA_READ audit event, and each change one
 * PERSONAL_DATA_CHANGED, in the same transaction (P4). {@code EveryPersonalDataReadIsAuditedTest} fails when a
 * public method of this area returns personal data without being in its table of audited reads.
 * Nothing is collected before the resident acknowledged the current purpose notice
 * ({@link jp.akapen.privacy.purpose.PurposeNoticeService}, P6).
 *
 * <h2>No copies (P8–P10)</h2>
 * No view or service exports personal data in bulk. Taking data out is reserved for the take-out workflow that a
 * later issue adds here: a {@code TakeOutService} that asks the ward's prior approval, then reads through
 * {@code Vault} like {@link jp.akapen.privacy.vault.PersonalDataService} does, writing one PERSONAL_DATA_EXPORTED event per
 * resident, and records the data's return. It is the only other class that may call {@code Vault}.
 */
package jp.akapen.privacy;
