package jp.akapen.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A new installation has nobody who could create accounts. Until a ward staff account exists, the
 * one named by {@code akapen.bootstrap.ward-username} / {@code -password}
 * ({@code AKAPEN_BOOTSTRAP_WARD_USERNAME}, {@code AKAPEN_BOOTSTRAP_WARD_PASSWORD}) is created at
 * start, under the password policy. Once one exists the settings are ignored and can be removed.
 */
@Component
@Order(100)
class FirstWardAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstWardAccount.class);

    private final AccountService accounts;
    private final String username;
    private final String password;
    private final String displayName;

    FirstWardAccount(AccountService accounts,
            @Value("${akapen.bootstrap.ward-username:}") String username,
            @Value("${akapen.bootstrap.ward-password:}") String password,
            @Value("${akapen.bootstrap.ward-display-name:区職員}") String displayName) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
        this.displayName = displayName;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyWardStaff()) {
            if (!username.isBlank() || !password.isBlank()) {
                log.warn("A ward staff account exists, so the bootstrap settings (AKAPEN_BOOTSTRAP_WARD_USERNAME,"
                        + " AKAPEN_BOOTSTRAP_WARD_PASSWORD) are ignored: remove them");
            }
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("No ward staff account exists, so nobody can create accounts. Set AKAPEN_BOOTSTRAP_WARD_USERNAME"
                    + " and AKAPEN_BOOTSTRAP_WARD_PASSWORD (12 characters or more) for one start to create the first.");
            return;
        }
        try {
            accounts.bootstrap(new NewAccount(username, displayName, Role.WARD_STAFF, password), false);
            log.info("Created the first ward staff account {}; remove the bootstrap settings now", username);
        } catch (AccountException refused) {
            throw new IllegalStateException("The bootstrap ward account was refused: " + refused.getMessage(), refused);
        }
    }
}
