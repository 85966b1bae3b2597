package jp.akapen.account.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jp.akapen.account.AkapenUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Finishes a sign-in after the second factor: the halfway session becomes a full one with the
 * role's authorities, under a new session id (against fixation, as after the password step).
 */
@Component
public class MfaSignIn {

    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    /** Signs the user in for this and later requests; returns the path to continue to. */
    public String complete(AkapenUser user) {
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        var response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
        var session = request.getSession();
        Object target = session.getAttribute(MfaPendingFilter.TARGET);
        session.removeAttribute(MfaPendingFilter.TARGET);
        return target instanceof String path ? path : "/";
    }
}
