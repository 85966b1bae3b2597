package jp.akapen.account;

import static jp.akapen.db.Tables.LOGIN_THROTTLE;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class LoginThrottleRepository {

    private final DSLContext db;

    LoginThrottleRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Instant> blockedUntil(Collection<String> keys) {
        return Optional.ofNullable(db.select(DSL.max(LOGIN_THROTTLE.BLOCKED_UNTIL))
                .from(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.THROTTLE_KEY.in(keys))
                .fetchOne(0, Instant.class));
    }

    /**
     * Locks the key's row (creating it if missing) until the caller's transaction ends, so that
     * attempts on one key queue here instead of all passing the check at once; its pause, if any.
     * The upsert takes the exclusive lock at once (an INSERT IGNORE would take a shared one, and two
     * of them upgrading would deadlock); SELECT ... FOR UPDATE then reads the locked row.
     */
    Optional<Instant> lock(String key, Instant now) {
        db.insertInto(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.THROTTLE_KEY, key)
                .set(LOGIN_THROTTLE.FAILURES, 0)
                .set(LOGIN_THROTTLE.WINDOW_START, now)
                .onDuplicateKeyUpdate()
                .set(LOGIN_THROTTLE.FAILURES, LOGIN_THROTTLE.FAILURES)
                .execute();
        return Optional.ofNullable(db.select(LOGIN_THROTTLE.BLOCKED_UNTIL).from(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key)).forUpdate().fetchSingle(LOGIN_THROTTLE.BLOCKED_UNTIL));
    }

    /** Counts one failure; returns the pause it leads to, if any. */
    Optional<Instant> recordFailure(String key, Instant now, Duration window, IntFunction<Duration> blockAfter) {
        db.insertInto(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.THROTTLE_KEY, key)
                .set(LOGIN_THROTTLE.FAILURES, 0)
                .set(LOGIN_THROTTLE.WINDOW_START, now)
                .onDuplicateKeyIgnore()
                .execute();
        var row = db.selectFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key)).forUpdate().fetchSingle();
        boolean windowOver = row.getWindowStart().plus(window).isBefore(now);
        int failures = windowOver ? 1 : row.getFailures() + 1;
        Duration block = blockAfter.apply(failures);
        row.setFailures(failures);
        row.setWindowStart(windowOver ? now : row.getWindowStart());
        row.setBlockedUntil(block.isZero() ? null : now.plus(block));
        row.update();
        return Optional.ofNullable(row.getBlockedUntil());
    }

    void forget(Collection<String> keys) {
        db.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.THROTTLE_KEY.in(keys)).execute();
    }
}
