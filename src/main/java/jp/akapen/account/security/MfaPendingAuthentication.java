package jp.akapen.account.security;

import java.util.List;
import jp.akapen.account.MfaPending;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The password was right and a second factor is due: authenticated, so the session is no longer
 * anonymous, but with {@link MfaPending#AUTHORITY} as its only authority, so no view but the code
 * page and no service opens (seed P3).
 */
public final class MfaPendingAuthentication extends AbstractAuthenticationToken {

    private final MfaPending pending;

    MfaPendingAuthentication(MfaPending pending, Object details) {
        super(List.of(new SimpleGrantedAuthority(MfaPending.AUTHORITY)));
        this.pending = pending;
        setDetails(details);
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public MfaPending getPrincipal() {
        return pending;
    }
}
