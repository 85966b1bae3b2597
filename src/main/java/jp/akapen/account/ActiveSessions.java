package jp.akapen.account;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.akapen.account.security.SessionInvalidation;
import jp.akapen.shared.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The signed-in HTTP sessions of this server, by account, so that another area can end a person's
 * sessions at once (seed P2: ending a designation ends that person's sessions). A session counts as
 * signed in from the moment Spring Security stores an authenticated context in it, however the
 * login got there (password form, a second factor), and stops counting when the context is removed
 * or the session ends. Spring Boot registers this bean with the servlet container as a listener.
 * Each server knows only its own sessions; with several instances, each ends its own.
 */
@Component
public class ActiveSessions implements HttpSessionListener, HttpSessionAttributeListener {

    static final String SECURITY_CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private static final Logger log = LoggerFactory.getLogger(ActiveSessions.class);

    private record SignedIn(long accountId, Instant since) {
    }

    private final Map<HttpSession, SignedIn> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    ActiveSessions(Clock clock) {
        this.clock = clock;
    }

    /** Invalidates every session the person is signed in with here; their next request must log in again. */
    public int endSessionsOf(long accountId) {
        return endSessionsOf(accountId, Instant.MAX);
    }

    /** Invalidates the person's sessions that signed in before the given instant; returns how many. */
    public int endSessionsOf(long accountId, Instant signedInBefore) {
        int ended = 0;
        for (var entry : sessions.entrySet()) {
            if (entry.getValue().accountId() == accountId && entry.getValue().since().isBefore(signedInBefore)) {
                sessions.remove(entry.getKey());
                if (SessionInvalidation.invalidate(entry.getKey())) {
                    ended++;
                }
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of account {}", ended, accountId);
        }
        return ended;
    }

    /** How many sessions the person is signed in with here. */
    public int countOf(long accountId) {
        return (int) sessions.values().stream().filter(s -> s.accountId() == accountId).count();
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        if (SECURITY_CONTEXT.equals(event.getName())) {
            learn(event.getSession());
        }
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        if (SECURITY_CONTEXT.equals(event.getName())) {
            learn(event.getSession());
        }
    }

    @Override
    public void attributeRemoved(HttpSessionBindingEvent event) {
        if (SECURITY_CONTEXT.equals(event.getName())) {
            sessions.remove(event.getSession());
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession());
    }

    private void learn(HttpSession session) {
        Object context;
        try {
            context = session.getAttribute(SECURITY_CONTEXT);
        } catch (IllegalStateException invalidated) {
            sessions.remove(session);
            return;
        }
        if (context instanceof SecurityContext security && security.getAuthentication() != null
                && security.getAuthentication().isAuthenticated()
                && security.getAuthentication().getPrincipal() instanceof PortalUser user) {
            sessions.compute(session, (s, known) -> known != null && known.accountId() == user.id()
                    ? known : new SignedIn(user.id(), clock.instant()));
        } else {
            sessions.remove(session);
        }
    }
}
