package jp.akapen.account.mfa;

/**
 * A secret offered to one account and not yet confirmed: shown as a QR code of
 * {@code otpauthUri} and as {@code secret} for typing, stored only once a code made from it is
 * confirmed. It lives in the server-side view state, never in the database.
 */
public record MfaEnrolment(long accountId, String secret, String otpauthUri) {

    /** The secret in groups of four, easier to type into an app. */
    public String secretForReading() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String toString() {
        return "MfaEnrolment[" + accountId + "]";
    }
}
