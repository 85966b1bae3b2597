package jp.akapen.account;

import static jp.akapen.TestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.shared.notification.NotificationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@AkapenSpringTest
class AccountServiceTest {

    static final String GOOD_PASSWORD = "correct horse battery";

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    NotificationService notices;

    @Autowired
    AuthenticationManager login;

    private static String uniqueName() {
        return "u" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void ward_staff_create_a_resident_who_can_then_sign_in() {
        signIn(users, "ward1");
        String name = uniqueName();
        Account created = accounts.create(new NewAccount(name, "ペンネーム", Role.RESIDENT, GOOD_PASSWORD));

        assertThat(created.role()).isEqualTo(Role.RESIDENT);
        var result = login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, GOOD_PASSWORD));
        assertThat(result.isAuthenticated()).isTrue();
    }

    @Test
    void passwords_are_stored_as_argon2id_hashes_never_as_given() {
        var stored = users.loadUserByUsername("resident1").getPassword();
        assertThat(stored).startsWith("{argon2}$argon2id$").doesNotContain("akapen-demo");
    }

    @Test
    void demo_accounts_sharing_one_password_are_hashed_once_and_each_signs_in_with_it() {
        String first = uniqueName();
        String second = uniqueName();
        var created = accounts.bootstrapDemo(java.util.List.of(new NewAccount(first, "一人目", Role.RESIDENT, "akapen-demo"),
                new NewAccount(second, "二人目", Role.CONTRACTOR_STAFF, "akapen-demo")));

        assertThat(created).extracting(Account::username).containsExactly(first, second);
        assertThat(users.loadUserByUsername(first).getPassword()).startsWith("{argon2}$argon2id$")
                .isEqualTo(users.loadUserByUsername(second).getPassword());
        for (String name : new String[] {first, second}) {
            assertThat(login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, "akapen-demo"))
                    .isAuthenticated()).as(name).isTrue();
        }
    }

    @Test
    void the_contractor_manager_creates_contractor_staff_but_not_residents() {
        signIn(users, "manager");
        accounts.create(new NewAccount(uniqueName(), "校正 担当", Role.CONTRACTOR_STAFF, GOOD_PASSWORD));

        assertThatThrownBy(() -> accounts.create(new NewAccount(uniqueName(), "x", Role.RESIDENT, GOOD_PASSWORD)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.creatableRoles()).containsExactlyInAnyOrder(Role.CONTRACTOR_HANDLER, Role.CONTRACTOR_STAFF);
    }

    @Test
    void residents_and_handlers_cannot_create_or_list_accounts() {
        for (String who : new String[] {"resident1", "handler1", "staff1"}) {
            signIn(users, who);
            assertThatThrownBy(() -> accounts.manageableAccounts()).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.create(new NewAccount(uniqueName(), "x", Role.RESIDENT, GOOD_PASSWORD)))
                    .as(who).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_manager_sees_only_contractor_accounts_and_the_ward_sees_all() {
        signIn(users, "manager");
        assertThat(accounts.manageableAccounts()).extracting(Account::role)
                .doesNotContain(Role.RESIDENT, Role.WARD_STAFF);
        signIn(users, "ward1");
        assertThat(accounts.manageableAccounts()).extracting(Account::role).contains(Role.RESIDENT, Role.WARD_STAFF);
    }

    @Test
    void a_new_account_is_refused_with_every_reason_and_nothing_is_stored() {
        signIn(users, "ward1");
        int before = accounts.manageableAccounts().size();
        assertThatThrownBy(() -> accounts.create(new NewAccount("Bad Name!", " ", Role.RESIDENT, "short")))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.messageKeys()).containsExactlyInAnyOrder(
                        "account.username-invalid", "account.display-name-invalid", "password.too-short"));
        assertThat(accounts.manageableAccounts()).hasSize(before);
    }

    @Test
    void a_taken_username_is_refused() {
        signIn(users, "ward1");
        assertThatThrownBy(() -> accounts.create(new NewAccount("resident1", "二人目", Role.RESIDENT, GOOD_PASSWORD)))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("account.username-taken"));
    }

    /** A fresh account created by the ward, now signed in as itself. */
    private String signedInAsNewAccount(Role role) {
        signIn(users, "ward1");
        String name = uniqueName();
        accounts.create(new NewAccount(name, "変更 テスト", role, GOOD_PASSWORD));
        signIn(users, name);
        return name;
    }

    @Test
    void a_user_changes_their_own_password_and_the_old_one_stops_working() {
        String name = signedInAsNewAccount(Role.CONTRACTOR_MANAGER);
        int unreadBefore = notices.myUnreadCount();

        accounts.changeOwnPassword(GOOD_PASSWORD, "a brand new passphrase");

        assertThat(notices.myUnreadCount()).as("a notice tells the owner").isEqualTo(unreadBefore + 1);
        assertThatThrownBy(() -> login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, GOOD_PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, "a brand new passphrase"))
                .isAuthenticated()).isTrue();
    }

    @Test
    void a_password_change_needs_the_current_password_and_a_policy_conforming_new_one() {
        String name = signedInAsNewAccount(Role.WARD_STAFF);

        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong current pw", "another long passphrase"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("password.current-wrong"));
        assertThatThrownBy(() -> accounts.changeOwnPassword(GOOD_PASSWORD, "tooshort"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("password.too-short"));
        assertThatThrownBy(() -> accounts.changeOwnPassword(GOOD_PASSWORD, GOOD_PASSWORD))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("password.same-as-before"));
        assertThat(passwords.matches(GOOD_PASSWORD, users.loadUserByUsername(name).getPassword())).isTrue();
    }
}
