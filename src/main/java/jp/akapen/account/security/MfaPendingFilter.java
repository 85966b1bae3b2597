package jp.akapen.account.security;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends someone halfway through signing in to the code page from any page they open, and
 * remembers that page, so that they arrive there once the second factor is given. Vaadin's own
 * requests pass: the route they ask for is checked against roles the session does not have.
 */
class MfaPendingFilter extends OncePerRequestFilter {

    static final String CODE_PAGE = "mfa";
    static final String TARGET = MfaPendingFilter.class.getName() + ".target";

    private final RequestUtil vaadinRequests;

    MfaPendingFilter(RequestUtil vaadinRequests) {
        this.vaadinRequests = vaadinRequests;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof MfaPendingAuthentication
                && !vaadinRequests.isFrameworkInternalRequest(request)
                && vaadinRequests.isSecuredFlowRoute(request)
                && !path(request).equals("/" + CODE_PAGE)) {
            if ("GET".equals(request.getMethod()) && request.getSession(false) != null) {
                request.getSession().setAttribute(TARGET, target(request));
            }
            response.sendRedirect(request.getContextPath() + "/" + CODE_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Only a path of this application, never another site (no open redirect). */
    private static String target(HttpServletRequest request) {
        String path = path(request);
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            return "/";
        }
        // Spring's request cache marks the page it sends back to after login with "continue"
        String query = request.getQueryString() == null ? ""
                : request.getQueryString().replaceAll("(^|&)continue(=[^&]*)?(?=&|$)", "").replaceFirst("^&", "");
        return query.isEmpty() ? path : path + "?" + query;
    }
}
