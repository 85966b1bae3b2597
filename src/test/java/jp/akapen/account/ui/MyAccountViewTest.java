package jp.akapen.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.UUID;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.AccountService;
import jp.akapen.account.NewAccount;
import jp.akapen.account.Role;
import jp.akapen.account.SignInHistory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** An account's owner reads their own sign-in history on /account, and nobody else's (issue 24; P3, P4). */
@AkapenSpringTest
class MyAccountViewTest extends SpringBrowserlessTest {

    static final String PASSWORD = "history of my sign-ins";

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountService accounts;

    @Autowired
    AuthenticationManager login;

    String newStaff() {
        String name = "hist-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.bootstrap(new NewAccount(name, "履歴 " + name, Role.CONTRACTOR_STAFF, PASSWORD), true);
        return name;
    }

    void tryToSignIn(String username, String password) {
        try {
            login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        } catch (AuthenticationException refused) {
            // recorded in the audit log either way
        }
    }

    @Test
    void the_owner_sees_their_own_failed_sign_ins_and_not_another_persons() {
        String mine = newStaff();
        String theirs = newStaff();
        tryToSignIn(mine, "wrong password one");
        tryToSignIn(mine, "wrong password two");
        tryToSignIn(theirs, "wrong password three");
        tryToSignIn(theirs, "wrong password four");
        tryToSignIn(theirs, "wrong password five");

        TestSupport.signIn(users, mine);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        var view = navigate(MyAccountView.class);

        var shown = view.history.getGenericDataView().getItems().toList();
        assertThat(shown).hasSize(2).allSatisfy(
                e -> assertThat(e.outcome()).isEqualTo(SignInHistory.Outcome.PASSWORD_WRONG));
        assertThat(test(view.history).getCellText(0, 1)).isEqualTo("パスワードが誤っていました");
    }
}
