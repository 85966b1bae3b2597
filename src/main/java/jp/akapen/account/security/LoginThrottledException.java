package jp.akapen.account.security;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** Refused without checking the password, because of recent failures; see {@code LoginThrottle}. */
public class LoginThrottledException extends AuthenticationException {

    private final Instant retryAt;

    LoginThrottledException(Instant retryAt) {
        super("Too many failed logins; retry after " + retryAt);
        this.retryAt = retryAt;
    }

    public Instant retryAt() {
        return retryAt;
    }
}
