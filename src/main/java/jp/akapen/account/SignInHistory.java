package jp.akapen.account;

import java.time.Instant;
import java.util.List;

/**
 * The signed-in person's own sign-in history (issue 24; seed P3, P4): when, from which address and
 * how each attempt on their account ended, newest first. Only ever the caller's own. The audit log
 * ({@code privacy}) holds these events and implements this, so the account area needs no audit code.
 */
public interface SignInHistory {

    int LIMIT = 50;

    /** The caller's latest sign-in events, at most {@link #LIMIT}. */
    List<Entry> mine();

    /** One sign-in event; {@code address} null when the event came from no request. */
    record Entry(Instant at, String address, Outcome outcome) {
    }

    enum Outcome {
        SIGNED_IN,
        PASSWORD_ACCEPTED,
        SECOND_FACTOR_ACCEPTED,
        SECOND_FACTOR_WRONG,
        PASSWORD_WRONG,
        REFUSED,
        SIGNED_OUT;

        /** i18n key of the outcome as the owner reads it. */
        public String labelKey() {
            return "account.history.outcome." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
