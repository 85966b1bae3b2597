package jp.akapen.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import jp.akapen.shared.PortalUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal Spring Security keeps for a signed-in person: the account as it was at sign-in,
 * the session epoch it signed in under (a session of an older epoch is ended), when and whether
 * with a second factor it signed in (resetting another account asks for a recent one), and
 * whether the password is a reset's one-time code (and whether that has expired).
 */
public final class AkapenUser implements UserDetails, CredentialsContainer, PortalUser {

    private final Account account;
    private String passwordHash;
    private final int sessionEpoch;
    private final Instant signedInAt;
    private final boolean secondFactor;
    private final boolean resetPending;
    private final boolean resetExpired;

    AkapenUser(Account account, String passwordHash) {
        this(account, passwordHash, 0, Instant.EPOCH, false, false, false);
    }

    AkapenUser(Account account, String passwordHash, int sessionEpoch, Instant signedInAt, boolean secondFactor,
            boolean resetPending, boolean resetExpired) {
        this.account = account;
        this.passwordHash = passwordHash;
        this.sessionEpoch = sessionEpoch;
        this.signedInAt = signedInAt;
        this.secondFactor = secondFactor;
        this.resetPending = resetPending;
        this.resetExpired = resetExpired;
    }

    /** The signed-in user as loaded at the given moment from what is stored. */
    static AkapenUser of(AccountRepository.Stored stored, String passwordHash, Instant now, boolean secondFactor) {
        boolean expired = stored.resetPending() && !now.isBefore(stored.resetExpiresAt());
        return new AkapenUser(stored.account(), passwordHash, stored.sessionEpoch(), now, secondFactor,
                stored.resetPending(), expired);
    }

    public int sessionEpoch() {
        return sessionEpoch;
    }

    /** When this person gave their password (or their second factor, if {@link #secondFactor()}). */
    public Instant signedInAt() {
        return signedInAt;
    }

    /** Whether this sign-in included a code from an authenticator app or a recovery code. */
    public boolean secondFactor() {
        return secondFactor;
    }

    /** The password given was a reset's one-time code: a new one must be set before anything else. */
    public boolean resetPending() {
        return resetPending;
    }

    public Account account() {
        return account;
    }

    public Role accountRole() {
        return account.role();
    }

    @Override
    public long id() {
        return account.id();
    }

    @Override
    public String displayName() {
        return account.displayName();
    }

    @Override
    public String role() {
        return account.role().name();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(account.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    /** A reset's one-time code that has run out no longer signs in (checked after the code itself). */
    @Override
    public boolean isCredentialsNonExpired() {
        return !resetExpired;
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AkapenUser that && that.account.id() == account.id();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(account.id());
    }

    @Override
    public String toString() {
        return "AkapenUser[" + account.username() + ", " + account.role() + "]";
    }
}
