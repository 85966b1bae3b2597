package jp.akapen.account.security;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Optional;

/**
 * Ends another person's HTTP session from any thread. A Vaadin session in it may only be unbound under its own lock,
 * and the thread asking often holds a different person's (a manager ending a handler's designation on a page, issue
 * 23's push made Vaadin check this): such a session is invalidated on a thread of its own, inside the Vaadin
 * session's lock, at once or as soon as its current request is done.
 */
public final class SessionInvalidation {

    private SessionInvalidation() {
    }

    /** @return false when the session had already ended */
    public static boolean invalidate(HttpSession session) {
        Optional<VaadinSession> vaadin;
        try {
            vaadin = vaadinSession(session);
        } catch (IllegalStateException invalidated) {
            return false;
        }
        if (vaadin.isEmpty()) {
            return invalidateNow(session);
        }
        Thread.ofVirtual().name("end-session").start(() -> vaadin.get().access(() -> invalidateNow(session)));
        return true;
    }

    private static Optional<VaadinSession> vaadinSession(HttpSession session) {
        return Collections.list(session.getAttributeNames()).stream()
                .map(session::getAttribute)
                .filter(VaadinSession.class::isInstance)
                .map(VaadinSession.class::cast)
                .findFirst();
    }

    private static boolean invalidateNow(HttpSession session) {
        try {
            session.invalidate();
            return true;
        } catch (IllegalStateException alreadyInvalidated) {
            return false; // ended meanwhile by logout or time-out: nothing left to do
        }
    }
}
