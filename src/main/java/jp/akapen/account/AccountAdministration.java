package jp.akapen.account;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import jp.akapen.shared.AccessDenied;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.notification.NotificationService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disabling, re-enabling and resetting the sign-in of someone else's account (issue 24; seed P3,
 * R1-R5): the contractor manager for contractor staff and handlers, ward staff for residents and
 * the contractor manager, never one's own ({@link AccountRules}). Each change is published as
 * {@link AccountChanged} for the audit log; a refusal is logged as a denied access to the account
 * and thrown as an {@link AccountException} whose key the page shows in place.
 *
 * <p>Disabling and resetting move the account's session epoch on: every session signed in before
 * is ended at its next request, on any instance ({@code SessionCheckFilter}), and at once on this
 * one ({@link AccountSessions}). Disabling keeps everything the person wrote; it only stops them
 * signing in and, through {@link AccountDisabled}, ends an active handler designation.
 */
@Service
@Transactional
public class AccountAdministration {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final NotificationService notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountAdministration(AccountRepository accounts, PasswordEncoder passwords, NotificationService notices,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /** What the signed-in user may do to the account now; the page shows only these. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    @Transactional(readOnly = true)
    public Set<AccountAction> actionsOn(Account target) {
        PortalUser me = SignedIn.require();
        if (AccountRules.refusal(me.id(), Role.of(me.role()), target).isPresent()) {
            return EnumSet.noneOf(AccountAction.class);
        }
        return EnumSet.of(target.enabled() ? AccountAction.DISABLE : AccountAction.ENABLE, AccountAction.RESET_SIGN_IN);
    }

    /** Disables the account: no more sign-ins, every session ended, an active designation ended. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public Account disable(long accountId) {
        PortalUser me = SignedIn.require();
        Account target = lockPermitted(me, accountId);
        if (target.enabled()) {
            accounts.setEnabled(accountId, false);
            events.publishEvent(new AccountChanged(accountId, target.role().name(), AccountChanged.Kind.DISABLED, me.id()));
            events.publishEvent(new AccountDisabled(accountId, target.role().name(), me.id()));
        }
        return accounts.find(accountId).orElseThrow();
    }

    /** Lets the person sign in again; sessions ended by the disabling stay ended. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public Account enable(long accountId) {
        PortalUser me = SignedIn.require();
        Account target = lockPermitted(me, accountId);
        if (!target.enabled()) {
            accounts.setEnabled(accountId, true);
            events.publishEvent(new AccountChanged(accountId, target.role().name(), AccountChanged.Kind.ENABLED, me.id()));
        }
        return accounts.find(accountId).orElseThrow();
    }

    /**
     * For a person who lost their password or their authenticator: a one-time code replaces the
     * password, the second factor and recovery codes are removed (in {@code account.mfa}), and every
     * session ends. At the next sign-in, with the code, the person sets a new password and, where
     * their role needs one, sets up a new authenticator. The resetter must have signed in within
     * {@link AccountRules#RECENT_SIGN_IN}: with their second factor where they use one (a full
     * session of someone who must use it exists only after it), by password where none applies
     * (demo mode). Ward staff are notified of every reset, and the person finds a notice too.
     */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public ResetCode resetSignIn(long accountId) {
        PortalUser me = SignedIn.require();
        Account target = lockPermitted(me, accountId);
        Instant now = clock.instant();
        if (!(me instanceof AkapenUser user) || !AccountRules.signedInRecently(user.signedInAt(), now)) {
            throw refused(accountId, me instanceof AkapenUser u && u.secondFactor()
                    ? "account.reset.second-factor-too-old" : "account.reset.sign-in-too-old");
        }
        String code = ResetCode.generate();
        var reset = new ResetCode(code, now.plus(AccountRules.RESET_CODE_VALID));
        accounts.startReset(accountId, passwords.encode(code), now, reset.validUntil());
        events.publishEvent(new AccountChanged(accountId, target.role().name(), AccountChanged.Kind.SIGN_IN_RESET, me.id()));
        notices.notifyRole(Roles.WARD_STAFF, "notice.account.reset", "accounts", target.displayName(),
                target.username(), me.displayName());
        notices.notifyAccount(accountId, "notice.account.reset-own", "mfa/setup", me.displayName());
        return reset;
    }

    private Account lockPermitted(PortalUser me, long accountId) {
        Account target = accounts.lock(accountId).map(AccountRepository.Stored::account)
                .orElseThrow(() -> refused(accountId, "account.manage.not-found"));
        var refusal = AccountRules.refusal(me.id(), Role.of(me.role()), target);
        if (refusal.isPresent()) {
            throw refused(accountId, refusal.get());
        }
        return target;
    }

    /** Logged as a denied access to the account (in a transaction of its own), then thrown for the page. */
    private AccountException refused(long accountId, String messageKey) {
        events.publishEvent(new AccessDenied("account:" + accountId));
        return new AccountException(messageKey);
    }
}
