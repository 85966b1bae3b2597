package jp.akapen.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
public class MfaThrottle {

    static final Duration WINDOW = Duration.ofDays(1);
    static final LoginThrottle.Rule RULE = new LoginThrottle.Rule("mfa:", 5, Duration.ofMinutes(1), Duration.ofHours(1));

    private final LoginThrottleRepository throttles;
    private final Clock clock;

    MfaThrottle(LoginThrottleRepository throttles, Clock clock) {
        this.throttles = throttles;
        this.clock = clock;
    }

    /**
     * Whether a code may be checked now, decided and counted in one short transaction of its own
     * under a row lock on the account's throttle row (seed P3, ASVS L2 2.2.1): parallel attempts
     * from many halfway sessions queue on that lock, each sees the failures counted before it, and
     * the attempt counts as a failure until {@link #recordSuccess} forgets it. Not paused: the
     * pause this attempt leads to if its code is wrong. The lock is released before the code is
     * checked and before the attempt is published to the audit log (which takes its own lock).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Attempt attempt(long accountId) {
        Instant now = clock.instant();
        String key = key(accountId);
        var paused = throttles.lock(key, now).filter(now::isBefore);
        if (paused.isPresent()) {
            return new Attempt(paused.get(), null);
        }
        return new Attempt(null, throttles.recordFailure(key, now, WINDOW, RULE::blockAfter).orElse(null));
    }

    /** A right code: the failures counted so far are forgotten. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(long accountId) {
        throttles.forget(List.of(key(accountId)));
    }

    /**
     * @param pausedUntil  set when the attempt is refused without checking the code
     * @param pauseIfWrong set when a wrong code in this attempt starts (or extends) a pause
     */
    public record Attempt(Instant pausedUntil, Instant pauseIfWrong) {

        public boolean paused() {
            return pausedUntil != null;
        }
    }

    private static String key(long accountId) {
        return RULE.prefix() + accountId;
    }
}
