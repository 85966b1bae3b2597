/**
 * The second factor (seed P3, ASVS L2 V2.8): TOTP enrolment and codes, recovery codes, who must use it, and its
 * pages. Internal to {@code account}: other areas see only what the account root offers ({@code MfaAttempted},
 * {@code MfaPending}, {@code MfaSecretSealer}).
 */
package jp.akapen.account.mfa;
