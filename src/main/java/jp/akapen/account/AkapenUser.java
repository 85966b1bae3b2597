package jp.akapen.account;

import java.util.Collection;
import java.util.List;
import jp.akapen.shared.PortalUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal Spring Security keeps for a signed-in person. */
public final class AkapenUser implements UserDetails, CredentialsContainer, PortalUser {

    private final Account account;
    private String passwordHash;

    AkapenUser(Account account, String passwordHash) {
        this.account = account;
        this.passwordHash = passwordHash;
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
