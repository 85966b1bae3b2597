package jp.akapen.account;

/**
 * An account was created or changed (issue 19; P4): published in the change's transaction, so that
 * the audit log records it with the change or not at all. {@code by} is the account that made the
 * change, null for the installation's bootstrap and the demo seed.
 */
public record AccountChanged(long accountId, String role, Kind kind, Long by) {

    public enum Kind {
        CREATED,
        PASSWORD_CHANGED,
        /** Disabled by ward staff or the contractor manager (issue 24); see also {@link AccountDisabled}. */
        DISABLED,
        ENABLED,
        /** Password and second factor replaced by a one-time code for a person who lost theirs (issue 24). */
        SIGN_IN_RESET
    }
}
