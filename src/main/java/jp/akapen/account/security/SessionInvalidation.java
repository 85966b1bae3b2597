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

    public static void invalidate(HttpSession session) {
        Optional<VaadinSession> vaadin = vaadinSession(session);
        if (vaadin.isEmpty()) {
            invalidateNow(session);
            return;
        }
        Thread.ofVirtual().name("end-session").start(() -> vaadin.get().access(() -> invalidateNow(session)));
    }

    private static Optional<VaadinSession> vaadinSession(HttpSession session) {
        try {
            return Collections.list(session.getAttributeNames()).stream()
                    .map(session::getAttribute)
                    .filter(VaadinSession.class::isInstance)
                    .map(VaadinSession.class::cast)
                    .findFirst();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    private static void invalidateNow(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // ended meanwhile by logout or time-out: nothing left to do
        }
    }
}
