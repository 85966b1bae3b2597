package jp.akapen.account;

/**
 * An account was disabled (issue 24; seed P2, P3): published in the disabling transaction, so that
 * what other areas end because of it (an active handler designation, in {@code privacy}) ends with
 * it or not at all. Nothing the person wrote is touched.
 *
 * @param by the ward staff member or contractor manager who disabled it
 */
public record AccountDisabled(long accountId, String role, long by) {
}
