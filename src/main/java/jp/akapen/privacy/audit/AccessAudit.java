package jp.akapen.privacy.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jp.akapen.account.MfaAttempted;
import jp.akapen.shared.AccessDenied;
import jp.akapen.shared.PortalUser;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authorization.method.MethodInvocationResult;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Denied accesses and second-factor steps in the audit log (seed P3, P4). A denial is written in a
 * transaction of its own, so it stays when the refused action rolls back.
 *
 * <p>Denials come from three places, each recorded once: Spring's method security (a service
 * method the role may not call: {@link AuthorizationDeniedEvent}); the pages, through the shared
 * {@link AccessDenied} event (a route the role may not open, or an object a service refused for
 * ownership, e.g. another resident's manuscript); and URL rules for signed-in users. A visitor who
 * is not signed in and is sent to the login page is not a denial: their login attempt is logged.
 */
@Component
class AccessAudit {

    private static final int ID_MAX = 64;

    private final AuditTrail trail;

    AccessAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void methodOrUrlDenied(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        AuditActor actor = who != null && who.getPrincipal() instanceof PortalUser user
                ? AuditTrail.actor(user) : AuditActor.NOBODY;
        Object object = event.getObject();
        if (object instanceof MethodInvocationResult result) {
            object = result.getMethodInvocation();
        }
        AuditEntry entry;
        if (object instanceof MethodInvocation invocation) {
            var method = invocation.getMethod();
            entry = denied("method", method.getDeclaringClass().getSimpleName() + "." + method.getName());
        } else if (object instanceof HttpServletRequest request) {
            if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
                return;
            }
            entry = denied("url", request.getRequestURI());
        } else {
            entry = denied("other", object == null ? null : object.getClass().getSimpleName());
        }
        trail.recordAlone(entry, actor, RequestOrigin.current());
    }

    /** {@code what} is "type:id", e.g. "route:audit"; anything else is kept as a route. */
    @EventListener
    void pageDenied(AccessDenied event) {
        String what = event.what() == null ? "" : event.what();
        int colon = what.indexOf(':');
        String type = colon > 0 ? what.substring(0, colon) : "";
        if (!type.matches("[a-z][a-z0-9_]{0,39}")) {
            type = "route";
            colon = -1;
        }
        trail.recordDenied(denied(type, what.substring(colon + 1)));
    }

    /** A right code is recorded with whatever the MFA step stores; a wrong one stays even if that rolls back. */
    @EventListener
    void secondFactor(MfaAttempted event) {
        AuditAction action = event.kind() == MfaAttempted.Kind.ENROLMENT ? AuditAction.MFA_ENROLLED
                : event.succeeded() ? AuditAction.MFA_SUCCEEDED : AuditAction.MFA_FAILED;
        String field = switch (event.kind()) {
            case ENROLMENT -> "totp_secret";
            case ONE_TIME_CODE -> "one_time_code";
            case RECOVERY_CODE -> "recovery_code";
        };
        var entry = new AuditEntry(action, LoginAudit.ACCOUNT, Long.toString(event.accountId()), List.of(field),
                event.succeeded() ? AuditOutcome.SUCCESS : AuditOutcome.FAILED);
        var actor = new AuditActor(event.accountId(), event.role());
        if (event.succeeded()) {
            trail.record(entry, actor);
        } else {
            trail.recordAlone(entry, actor, RequestOrigin.current());
        }
    }

    private static AuditEntry denied(String type, String id) {
        String shortId = id == null || id.length() <= ID_MAX ? id : id.substring(0, ID_MAX);
        return new AuditEntry(AuditAction.ACCESS_DENIED, type, shortId, null, AuditOutcome.DENIED);
    }
}
