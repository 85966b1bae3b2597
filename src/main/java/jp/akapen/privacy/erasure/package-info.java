/**
 * Erasure of a cohort's personal data after delivery (issue 14 items 3-5; seed D1, D2): one run per cohort that
 * destroys the cohort's data key, deletes or anonymises every area's records of it step by step, and keeps a ledger of
 * the record ids it erased. {@link jp.akapen.privacy.erasure.ErasureService} is the entry point; areas that hold a
 * cohort's personal data take part by declaring a {@link jp.akapen.privacy.erasure.CohortDataEraser} bean in their
 * own package, so this package depends on none of them.
 */
@NamedInterface("erasure")
package jp.akapen.privacy.erasure;

import org.springframework.modulith.NamedInterface;
