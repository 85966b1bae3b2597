package jp.akapen.account;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends, on this instance and at once, the sessions of an account just disabled or reset (issue
 * 24), after the commit, so that a rolled-back change signs nobody out. Sessions held by other
 * instances end at their next request, when the session check finds the account's epoch moved on.
 */
@Component
class AccountSessions {

    private final ActiveSessions sessions;

    AccountSessions(ActiveSessions sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void accountChanged(AccountChanged changed) {
        if (changed.kind() == AccountChanged.Kind.DISABLED || changed.kind() == AccountChanged.Kind.SIGN_IN_RESET) {
            sessions.endSessionsOf(changed.accountId());
        }
    }
}
