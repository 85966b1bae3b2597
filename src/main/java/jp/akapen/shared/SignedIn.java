package jp.akapen.shared;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person the current request acts for, as services see them. */
public final class SignedIn {

    private SignedIn() {
    }

    public static Optional<PortalUser> user() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static PortalUser require() {
        return user().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
