package jp.akapen.account.mfa;

import java.time.Instant;

/** Whether the signed-in person uses a second factor, since when, and how many recovery codes are left. */
public record MfaStatus(boolean enrolled, Instant enrolledAt, int recoveryCodesLeft, boolean required) {
}
