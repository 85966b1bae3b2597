package jp.akapen.account.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.akapen.account.AkapenUser;
import jp.akapen.account.MfaPending;
import jp.akapen.account.SignInAccounts;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account was disabled or reset since it signed in (issue 24; seed P3), at its
 * next request, on whichever instance holds it: each request asks the database whether the account
 * is enabled and still at the session epoch the session signed in under (one primary-key read).
 * Asking at every request, rather than sweeping each instance's sessions every minute as for lapsed
 * designations, is what makes the ending immediate on every instance; the instance that made the
 * change also invalidates its own sessions at once. The request goes on as a visitor who is not
 * signed in: a page leads to the login page, and Vaadin's own requests find their session gone.
 */
class SessionCheckFilter extends OncePerRequestFilter {

    private final SignInAccounts accounts;

    SessionCheckFilter(SignInAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        Object principal = authentication == null ? null : authentication.getPrincipal();
        boolean valid = switch (principal) {
            case AkapenUser user -> accounts.sessionValid(user.id(), user.sessionEpoch());
            case MfaPending pending -> accounts.sessionValid(pending.accountId(), pending.sessionEpoch());
            case null, default -> true;
        };
        if (!valid) {
            var session = request.getSession(false);
            if (session != null) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyInvalidated) {
                    // ended meanwhile on this instance
                }
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
