package jp.akapen.privacy.audit;

import java.util.Optional;
import jp.akapen.account.MfaPending;
import jp.akapen.shared.PortalUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Logins and logouts in the audit log (seed P3, P4), each in a transaction of its own: a failed
 * login has no transaction to share, and its entry must stay.
 *
 * <p>A success is recorded from the login filter's {@link InteractiveAuthenticationSuccessEvent},
 * published after the session id has been renewed, so the entry carries the hash of the session
 * the user then works in (the manager's {@code AuthenticationSuccessEvent} comes before the
 * renewal). A failure names the account only when the typed name is an account's username: the
 * typed text itself is never stored, since a password typed into the wrong field would land there.
 */
@Component
class LoginAudit {

    static final String ACCOUNT = "account";

    private final AuditTrail trail;
    private final UserDetailsService accounts;

    LoginAudit(AuditTrail trail, UserDetailsService accounts) {
        this.trail = trail;
        this.accounts = accounts;
    }

    @EventListener
    void succeeded(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalUser user) {
            trail.recordAlone(AuditEntry.of(AuditAction.LOGIN_SUCCEEDED, ACCOUNT, user.id(), null),
                    AuditTrail.actor(user), RequestOrigin.current());
        } else if (event.getAuthentication().getPrincipal() instanceof MfaPending pending) {
            // a right password is worth knowing about even if the second factor never follows
            trail.recordAlone(AuditEntry.of(AuditAction.LOGIN_PASSWORD_ACCEPTED, ACCOUNT, pending.accountId(), null),
                    new AuditActor(pending.accountId(), pending.role().name()), RequestOrigin.current());
        }
    }

    /** Wrong credentials are FAILED; an account that may not sign in now (disabled, paused) is DENIED. */
    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        AuditActor actor = accountNamed(event.getAuthentication().getName()).orElse(AuditActor.NOBODY);
        var outcome = event instanceof AuthenticationFailureBadCredentialsEvent ? AuditOutcome.FAILED : AuditOutcome.DENIED;
        var entry = new AuditEntry(AuditAction.LOGIN_FAILED, ACCOUNT,
                actor.accountId() == null ? null : actor.accountId().toString(), null, outcome);
        trail.recordAlone(entry, actor, origin(event.getAuthentication()));
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof PortalUser user) {
            trail.recordAlone(AuditEntry.of(AuditAction.LOGOUT, ACCOUNT, user.id(), null), AuditTrail.actor(user),
                    RequestOrigin.ofEndedSession());
        }
    }

    private Optional<AuditActor> accountNamed(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            return accounts.loadUserByUsername(typed) instanceof PortalUser user
                    ? Optional.of(AuditTrail.actor(user)) : Optional.empty();
        } catch (UsernameNotFoundException noSuchAccount) {
            return Optional.empty();
        }
    }

    /** The request if the filter runs in one (it does behind Spring's request context filter), else what the attempt carries. */
    private static RequestOrigin origin(Authentication attempt) {
        var current = RequestOrigin.current();
        if (current != RequestOrigin.NONE) {
            return current;
        }
        if (attempt.getDetails() instanceof WebAuthenticationDetails details) {
            String session = details.getSessionId();
            return new RequestOrigin(session == null ? null : RequestOrigin.sha256(session), details.getRemoteAddress());
        }
        return RequestOrigin.NONE;
    }
}
