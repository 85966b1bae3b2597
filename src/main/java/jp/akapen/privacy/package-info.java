/**
 * Residents' personal data (seed P1–P11): kept apart from everything else, read only here, and every read or change
 * logged with who, when and which fields. Elsewhere a resident is an id and a pen name.
 *
 * <h2>Layout</h2>
 * One sub-package per capability, each with its own {@code ui}: {@code vault} (personal data, keys, cohort
 * membership; plain-Java cryptography in {@code vault.crypto}), {@code handlers} (designations and the register),
 * {@code purpose} (the purpose notice), {@code audit} (the audit trail; its hash chain in {@code audit.chain}),
 * {@code takeout} (data leaving with the ward's approval), {@code retention} (the period after delivery, the ward's
 * decisions, the approval of erasure), {@code erasure} (the erasure run; its certificate in
 * {@code erasure.certificate}), {@code oversight} (the ward's supervision: {@code oversight.training}, training of the
contractor's people, whose record the designation rules ask before a handler is designated; {@code oversight.incident},
incident reports with their APPI deadlines, the manager's reports and the ward's follow-up; each adds its part to the
handling-status report as a {@link jp.akapen.privacy.oversight.ReportSection}). The public face is small: other areas may use
 * only the named interfaces {@code vault}, {@code handlers}, {@code training}, {@code purpose}, {@code erasure} (the eraser interface
 * that lecture and mail implement) and {@code audit} (the trail, for areas
 * that record their own steps, such as the mail area's four eyes; Spring Modulith checks it), and
 * repositories stay package-private.
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
 * One system path reads without a signed-in reader: {@link jp.akapen.privacy.vault.DeliveryAddresses#emailForDelivery},
 * a resident's email at the moment the mail area's sender builds a message to them (issue 12). Only
 * {@code jp.akapen.mail} may use it (an ArchitectureTest rule); it never stores the answer, and each call writes one
 * PERSONAL_DATA_READ event for {@code email} with actor role {@code SYSTEM_MAIL}.
 * A second system path erases (seed D1, issue 14): {@link jp.akapen.privacy.erasure.ErasureService}, started once the
 * ward has approved a cohort's erasure and run by a scheduled job and at start-up, with no signed-in reader. It has
 * every area that holds the cohort's data erase it through {@link jp.akapen.privacy.erasure.CohortDataEraser} beans of
 * its own (lecture, survey, mail, files, handler designations), so privacy depends on none of them, and closes the
 * accounts of residents in no cohort still kept through the account area's
 * {@link jp.akapen.account.ResidentAccountErasure} (disabled, username {@code erased-<id>}, no password, second factor
 * or throttle rows; the pen name stays); then its
 * verification scan reads the residents' values once through the third system path,
 * {@link jp.akapen.privacy.vault.ErasureVerificationValues#valuesToVerify} (only {@code jp.akapen.privacy.erasure} may
 * use it, an ArchitectureTest rule; one PERSONAL_DATA_READ per resident naming the fields, actor role
 * {@code SYSTEM_ERASURE}; only entries sealed under the erased cohort's keys), searches the schema's text columns and
 * the database's files for them and records counts and places, never a value; last, the vault's own
 * {@code CohortKeyEraser} and {@code CohortEntryEraser} (package-private beans of {@code vault}) destroy the cohort's
 * data key and delete the entries sealed under it. Every step is audited with actor role {@code SYSTEM_ERASURE}
 * (ERASURE_REQUESTED naming operator and validator by id, ERASURE_STARTED, ERASURE_STEP_FINISHED per category with
 * its count, ERASURE_VERIFIED with the scan's counts, one DATA_KEY_DESTROYED per key, ERASURE_FINISHED with the
 * manifest's hash, ERASURE_REAPPLIED when a restored backup brought erased data back), and the ledger keeps record ids
 * only.
 * Only the privacy area may start an erasure (an ArchitectureTest rule).
 * Nothing is collected before the resident acknowledged the current purpose notice
 * ({@link jp.akapen.privacy.purpose.PurposeNoticeService}, P6).
 *
 * <h2>No copies (P8–P10)</h2>
 * No view or service exports personal data in bulk except the take-out ({@link jp.akapen.privacy.takeout.TakeOutService},
 * issue 14 item 7): a designated handler asks (purpose, destination, carrier, return date, the fields needed), ward
 * staff approve or refuse with a reason before anything leaves, and the requester exports once, an AES-256 zip whose
 * password is shown once and stored nowhere, every PDF page and CSV line watermarked with the request number and
 * their name. The roster is read through {@link jp.akapen.privacy.vault.CohortExport}, the vault's one bulk read,
 * which writes one PERSONAL_DATA_EXPORTED event per resident and which only {@code privacy.takeout} may call (an
 * ArchitectureTest rule). The handler reports the data's return or destruction; exports past their return date are
 * flagged to the ward every morning until reported.
 */
package jp.akapen.privacy;
