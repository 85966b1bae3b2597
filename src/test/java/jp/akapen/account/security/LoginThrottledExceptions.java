package jp.akapen.account.security;

import java.time.Instant;

/** Lets tests in other packages make the exception the throttle raises. */
public final class LoginThrottledExceptions {

    private LoginThrottledExceptions() {
    }

    public static LoginThrottledException until(Instant retryAt) {
        return new LoginThrottledException(retryAt);
    }
}
