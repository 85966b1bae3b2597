package jp.akapen.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Optional;
import jp.akapen.shared.notification.NotificationService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the second factor's steps ({@code account.mfa}) and the per-request session check need of
 * the accounts. They run before the person holds a role, so they cannot go through
 * {@link AccountService}'s role checks; nothing here returns a password hash.
 */
@Service
@Transactional(readOnly = true)
public class SignInAccounts {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final NotificationService notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInAccounts(AccountRepository accounts, PasswordEncoder passwords, NotificationService notices,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The account as a signed-in user from now on, if it exists, is enabled and has no reset
     * waiting for a new password.
     *
     * @param secondFactor whether the person has just given a code from their app (or a recovery code)
     */
    public Optional<AkapenUser> enabledUser(long accountId, boolean secondFactor) {
        return accounts.findStored(accountId).filter(stored -> stored.account().enabled() && !stored.resetPending())
                .map(stored -> AkapenUser.of(stored, null, clock.instant(), secondFactor));
    }

    public Optional<String> username(long accountId) {
        return accounts.find(accountId).map(Account::username);
    }

    /**
     * Whether a session signed in under {@code sessionEpoch} may go on: the account still exists, is
     * enabled, and has been neither disabled nor reset since (issue 24). Asked at every request.
     */
    public boolean sessionValid(long accountId, int sessionEpoch) {
        return accounts.sessionState(accountId)
                .filter(state -> state.enabled() && state.sessionEpoch() == sessionEpoch).isPresent();
    }

    /** Whether the account's password is still a reset's one-time code. */
    public boolean resetPending(long accountId) {
        return accounts.findStored(accountId).map(AccountRepository.Stored::resetPending).orElse(false);
    }

    /**
     * The person who signed in with a reset's one-time code sets their own password, under the
     * policy; the code stops working. Refused with every reason as an {@link AccountException}.
     */
    @Transactional
    public void finishReset(long accountId, String newPassword) {
        var stored = accounts.lock(accountId).filter(AccountRepository.Stored::resetPending)
                .orElseThrow(() -> new AccessDeniedException("No reset waiting"));
        var problems = new ArrayList<>(PasswordPolicy.violations(stored.account().username(), newPassword));
        if (problems.isEmpty() && passwords.matches(newPassword, stored.passwordHash())) {
            problems.add("password.same-as-before");
        }
        if (!problems.isEmpty()) {
            throw new AccountException(problems);
        }
        if (!accounts.finishReset(accountId, stored.passwordHash(), passwords.encode(newPassword), clock.instant())) {
            throw new AccountException("password.changed-meanwhile");
        }
        events.publishEvent(new AccountChanged(accountId, stored.account().role().name(),
                AccountChanged.Kind.PASSWORD_CHANGED, accountId));
        notices.notifyAccount(accountId, "notice.account.password-changed", null);
    }
}
