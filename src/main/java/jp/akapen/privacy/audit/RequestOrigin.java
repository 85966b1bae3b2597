package jp.akapen.privacy.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The session and client address of the request being served, as the audit log records them: the
 * session id only as a SHA-256 hash (the id itself would let a reader of the log take the session
 * over). Both null outside a request (scheduled jobs, tests that call services directly).
 */
record RequestOrigin(String sessionHash, String clientAddress) {

    static final RequestOrigin NONE = new RequestOrigin(null, null);

    static RequestOrigin current() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return NONE;
        }
        return of(attributes.getRequest());
    }

    /**
     * The session a logout has just invalidated, known by the id the browser sent (the request no
     * longer has a live session to ask).
     */
    static RequestOrigin ofEndedSession() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return NONE;
        }
        var request = attributes.getRequest();
        var live = request.getSession(false);
        String id = live != null ? live.getId() : request.getRequestedSessionId();
        return new RequestOrigin(id == null ? null : sha256(id), request.getRemoteAddr());
    }

    static RequestOrigin of(HttpServletRequest request) {
        var session = request.getSession(false);
        String sessionHash = session == null ? null : sha256(session.getId());
        return new RequestOrigin(sessionHash, request.getRemoteAddr());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
