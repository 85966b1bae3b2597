package jp.akapen.account.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A login form sent with the token of a session that has ended since its page was drawn (left open past the time-out,
 * signed out in another tab) is refused, as it must be, but back on the login page with a message asking to sign in
 * again: it was a bare 403 at the login address, which read as if nothing had happened. A form without any token
 * (not sent from the login page: another site's) and every other refused request keep the 403.
 */
final class ExpiredLoginForm implements AccessDeniedHandler {

    static final String PARAMETER = "expired";

    /** The login page's forms carry a token; a form with none did not come from it and keeps the 403. */
    private static final String TOKEN = "_csrf";

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, ServletException {
        if (refused instanceof CsrfException && "POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI())
                && request.getParameter(TOKEN) != null) {
            response.sendRedirect(request.getContextPath() + "/login?" + PARAMETER);
            return;
        }
        otherwise.handle(request, response, refused);
    }
}
