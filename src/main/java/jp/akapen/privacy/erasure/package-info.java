/**
 * Erasure of a cohort's personal data after delivery (issue 14 items 3-6; seed D1, D2): one run per cohort that
 * deletes or anonymises every area's records of it step by step, verifies the result, destroys the cohort's data key
 * and deletes the vault's entries last, and keeps a ledger of the record ids it erased. The verification
 * ({@code ErasureVerification}, before the vault's steps, once per pass, recorded in V028) reads the residents' values
 * through {@link jp.akapen.privacy.vault.ErasureVerificationValues} (audited), searches every text column of the schema
 * (the outbox's among them) and, on the embedded database, every file of its data directory after rebuilding the
 * tables the erasers touched and having the server write its redo log anew ({@link jp.akapen.shared.db.RedoLog}), and
 * records counts and places only; the certificate prints what it found. After the run has finished, the vault's tables
 * are rebuilt and the redo log written anew once more, so that no file keeps a destroyed key's wrapped bytes.
 * {@link jp.akapen.privacy.erasure.ErasureService} is the entry point; areas that hold a cohort's personal data take
 * part by declaring a {@link jp.akapen.privacy.erasure.CohortDataEraser} bean in their own package, so this package
 * depends on none of them. The one exception is the residents' accounts
 * ({@link jp.akapen.privacy.erasure.ResidentAccountEraser}, through the account area's public
 * {@link jp.akapen.account.ResidentAccountErasure}): the account area cannot depend on privacy, which depends on it, and
 * only this package knows which residents are in a cohort still kept.
 */
@NamedInterface("erasure")
package jp.akapen.privacy.erasure;

import org.springframework.modulith.NamedInterface;
