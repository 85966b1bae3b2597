package jp.akapen.account;

import java.security.Principal;

/**
 * Someone who gave the right password but not yet the second factor. Deliberately not a
 * {@link jp.akapen.shared.PortalUser} and without the authorities of their role: services see
 * nobody signed in, and the only page they may open is the code page.
 */
public record MfaPending(long accountId, String username, Role role, boolean enrolled) implements Principal {

    /** The one authority such a session holds; the code page is {@code @RolesAllowed(MfaPending.ROLE)}. */
    public static final String ROLE = "MFA_PENDING";
    public static final String AUTHORITY = "ROLE_" + ROLE;

    @Override
    public String getName() {
        return username;
    }
}
