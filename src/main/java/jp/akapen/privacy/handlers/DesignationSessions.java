package jp.akapen.privacy.handlers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import jp.akapen.account.ActiveSessions;
import jp.akapen.shared.JapaneseDates;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ending a designation ends its holder's sessions (seed P2): at once when the manager ends it
 * (after the commit, so a rolled-back ending logs nobody out), and within a minute when its end
 * date passes at midnight, Tokyo time. Personal data would be safe without this, since every read
 * asks {@link HandlerRegister#isActive}, but a page already open would still show what it showed.
 * The check runs on every instance (each knows only its own sessions), which also carries an ending
 * made on another instance to this one's sessions within a minute: no cross-instance lock is wanted.
 */
@Component
class DesignationSessions {

    private final ActiveSessions sessions;
    private final DesignationRepository designations;
    private final HandlerRegister register;
    private final Clock clock;

    private static final java.time.Duration LOOK_BACK = java.time.Duration.ofMinutes(5);

    private Instant checkedUpTo;
    private LocalDate checkedDay;

    DesignationSessions(ActiveSessions sessions, DesignationRepository designations, HandlerRegister register,
            Clock clock) {
        this.sessions = sessions;
        this.designations = designations;
        this.register = register;
        this.clock = clock;
        this.checkedUpTo = clock.instant();
        this.checkedDay = register.today();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void designationEnded(HandlerDesignationEnded ended) {
        // withdrawing an upcoming designation must not sign out someone whose current one goes on
        if (!register.isActive(ended.accountId())) {
            sessions.endSessionsOf(ended.accountId());
        }
    }

    /**
     * Sessions that signed in before a designation stopped: ended by hand since the last check
     * (the manager's instance has done it already; other instances do it here), or lapsed because
     * its last day is now over, unless the person holds another designation today.
     */
    @Scheduled(fixedDelayString = "${akapen.handlers.session-check:PT1M}")
    synchronized void endSessionsOfLapsedDesignations() {
        Instant now = clock.instant();
        LocalDate today = register.today();
        // looking back a little: an ending stamped before its commit may have been invisible to the last check
        for (Designation ended : designations.endedBetween(checkedUpTo.minus(LOOK_BACK), now)) {
            if (!register.isActive(ended.accountId())) {
                sessions.endSessionsOf(ended.accountId(), ended.endedAt());
            }
        }
        if (today.isAfter(checkedDay)) {
            Set<Long> lapsed = new HashSet<>();
            designations.lapsedBetween(checkedDay, today.minusDays(1)).forEach(d -> lapsed.add(d.accountId()));
            Instant midnight = today.atStartOfDay(JapaneseDates.ZONE).toInstant();
            lapsed.stream().filter(id -> !register.isActive(id)).forEach(id -> sessions.endSessionsOf(id, midnight));
        }
        checkedUpTo = now;
        checkedDay = today;
    }
}
