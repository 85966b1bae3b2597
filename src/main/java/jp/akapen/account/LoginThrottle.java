package jp.akapen.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing without handing an attacker a way to lock a resident out for long.
 * Failures are counted under three keys: the account together with the address (blocks quickly,
 * for long enough to stop guessing from one place), the address alone (one place trying many
 * accounts), and the account alone (many places guessing one account: blocked only briefly, so that
 * someone else's failures keep the owner out for minutes at most).
 */
@Service
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);

    /** From which failure within {@link #WINDOW} a key is blocked, and for how long (doubling, capped). */
    record Rule(String prefix, int blockFrom, Duration firstBlock, Duration longestBlock) {

        Duration blockAfter(int failures) {
            int over = failures - blockFrom;
            if (over < 0) {
                return Duration.ZERO;
            }
            Duration block = firstBlock.multipliedBy(1L << Math.min(over, 10));
            return block.compareTo(longestBlock) > 0 ? longestBlock : block;
        }
    }

    static final Rule ACCOUNT_AT_ADDRESS = new Rule("pair:", 5, Duration.ofMinutes(1), Duration.ofMinutes(15));
    static final Rule ADDRESS = new Rule("address:", 20, Duration.ofMinutes(1), Duration.ofMinutes(15));
    static final Rule ACCOUNT = new Rule("account:", 30, Duration.ofSeconds(30), Duration.ofMinutes(2));

    private final LoginThrottleRepository throttles;
    private final Clock clock;

    LoginThrottle(LoginThrottleRepository throttles, Clock clock) {
        this.throttles = throttles;
        this.clock = clock;
    }

    /** When the next attempt may be made, if this one must be refused without checking the password. */
    @Transactional(readOnly = true)
    public Optional<Instant> blockedUntil(String username, String address) {
        Instant now = clock.instant();
        return throttles.blockedUntil(keys(username, address)).filter(now::isBefore);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        for (var entry : List.of(
                new Keyed(ACCOUNT_AT_ADDRESS, pairKey(username, address)),
                new Keyed(ADDRESS, ADDRESS.prefix() + address),
                new Keyed(ACCOUNT, ACCOUNT.prefix() + normalise(username)))) {
            throttles.recordFailure(entry.key(), now, WINDOW, entry.rule()::blockAfter);
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username, String address) {
        throttles.forget(List.of(pairKey(username, address), ACCOUNT.prefix() + normalise(username)));
    }

    private record Keyed(Rule rule, String key) {
    }

    private static List<String> keys(String username, String address) {
        return List.of(pairKey(username, address), ADDRESS.prefix() + address, ACCOUNT.prefix() + normalise(username));
    }

    /** The key that counts the account's own failures, and the start of its keys per address: what erasing it deletes. */
    static List<String> keysNaming(String username) {
        return List.of(ACCOUNT.prefix() + normalise(username), ACCOUNT_AT_ADDRESS.prefix() + normalise(username) + "@");
    }

    private static String pairKey(String username, String address) {
        return ACCOUNT_AT_ADDRESS.prefix() + normalise(username) + "@" + address;
    }

    private static String normalise(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
