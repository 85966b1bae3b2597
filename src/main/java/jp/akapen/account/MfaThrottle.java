package jp.akapen.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wrong second-factor codes, counted per account with the login throttle's table and rule. Only
 * someone who knows the password gets here, so the account is the key, and the count runs over a
 * day: after five wrong codes each further one doubles the pause up to an hour, which leaves a
 * guesser a few dozen tries a day against a million codes (ASVS 2.2.1).
 */
@Service
class MfaThrottle {

    static final Duration WINDOW = Duration.ofDays(1);
    static final LoginThrottle.Rule RULE = new LoginThrottle.Rule("mfa:", 5, Duration.ofMinutes(1), Duration.ofHours(1));

    private final LoginThrottleRepository throttles;
    private final Clock clock;

    MfaThrottle(LoginThrottleRepository throttles, Clock clock) {
        this.throttles = throttles;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Optional<Instant> blockedUntil(long accountId) {
        Instant now = clock.instant();
        return throttles.blockedUntil(List.of(key(accountId))).filter(now::isBefore);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(long accountId) {
        throttles.recordFailure(key(accountId), clock.instant(), WINDOW, RULE::blockAfter);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(long accountId) {
        throttles.forget(List.of(key(accountId)));
    }

    private static String key(long accountId) {
        return RULE.prefix() + accountId;
    }
}
