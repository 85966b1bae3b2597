package jp.akapen.shared;

import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal that the refusing service has already written to the audit log itself (with the object
 * and fields it refused), so the pages that show it must not report it a second time as
 * {@link AccessDenied} (seed P4: one refusal, one entry).
 */
public class LoggedRefusal extends AccessDeniedException {

    public LoggedRefusal(String message) {
        super(message);
    }
}
