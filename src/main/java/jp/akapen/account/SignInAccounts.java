package jp.akapen.account;

import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What the second factor's steps ({@code account.mfa}) need of the accounts. They run before the person holds a
 * role, so they cannot go through {@link AccountService}'s role checks; nothing here returns a password hash.
 */
@Service
public class SignInAccounts {

    private final AccountRepository accounts;

    SignInAccounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The account as a signed-in user, if it exists and is enabled. */
    public Optional<AkapenUser> enabledUser(long accountId) {
        return accounts.findStored(accountId).filter(stored -> stored.account().enabled())
                .map(stored -> new AkapenUser(stored.account(), null));
    }

    public Optional<String> username(long accountId) {
        return accounts.find(accountId).map(Account::username);
    }
}
