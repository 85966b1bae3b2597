/**
 * 保存期間 (seed D1, D3; issue 14 items 1-3): the retention timer of each cohort's personal data after delivery, the
 * ward's extensions and holds, and the two-stage approval of erasure (the manager confirms, the ward approves). The
 * clock starts at the last edition's confirmed delivery or the term's end, whichever comes first; the dates follow
 * {@link jp.akapen.privacy.retention.RetentionRules}. Approval publishes {@link jp.akapen.privacy.retention.ErasureApproved};
 * nothing here erases.
 */
package jp.akapen.privacy.retention;
