package jp.akapen.account.mfa;

import java.time.Instant;

/**
 * The answer to a code: accepted with a value, or refused with the i18n key that says why (and,
 * when paused, until when). Refusals are answers, not exceptions, so the transaction that counted
 * the failure and published the attempt for the audit log commits.
 */
public record MfaOutcome<T>(T value, String problemKey, Instant retryAt) {

    static <T> MfaOutcome<T> accepted(T value) {
        return new MfaOutcome<>(value, null, null);
    }

    static <T> MfaOutcome<T> refused(String problemKey) {
        return new MfaOutcome<>(null, problemKey, null);
    }

    static <T> MfaOutcome<T> paused(Instant until) {
        return new MfaOutcome<>(null, "mfa.code.throttled", until);
    }

    public boolean accepted() {
        return problemKey == null;
    }

    /** Never prints the value: it may be recovery codes. */
    @Override
    public String toString() {
        return accepted() ? "MfaOutcome[accepted]" : "MfaOutcome[" + problemKey + "]";
    }
}
