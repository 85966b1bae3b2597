package jp.akapen.privacy.retention;

import java.time.Instant;

/**
 * The erasure of a cohort's personal data is approved (D1, issue 14 item 3): the manager confirmed and the ward
 * approved, or the grace period after the confirmation passed with no refusal. Published inside the approving
 * transaction; the erasure engine acts on it.
 *
 * @param approvedBy the ward staff member who approved, or null when the grace period did
 */
public record ErasureApproved(long cohortId, long confirmedBy, Long approvedBy, Instant approvedAt) {
}
