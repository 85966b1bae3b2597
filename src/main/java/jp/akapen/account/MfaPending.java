package jp.akapen.account;

import java.security.Principal;

/**
 * Someone who gave the right password but not yet the second factor. Deliberately not a
 * {@link jp.akapen.shared.PortalUser} and without the authorities of their role: services see
 * nobody signed in, and the only page they may open is the code page. {@code sessionEpoch} is the
 * account's at the password step: a disabling or a reset meanwhile ends this session too.
 */
public record MfaPending(long accountId, String username, Role role, boolean enrolled, int sessionEpoch)
        implements Principal {

    public MfaPending(long accountId, String username, Role role, boolean enrolled) {
        this(accountId, username, role, enrolled, 0);
    }

    /** The one authority such a session holds; the code page is {@code @RolesAllowed(MfaPending.ROLE)}. */
    public static final String ROLE = "MFA_PENDING";
    public static final String AUTHORITY = "ROLE_" + ROLE;

    @Override
    public String getName() {
        return username;
    }
}
