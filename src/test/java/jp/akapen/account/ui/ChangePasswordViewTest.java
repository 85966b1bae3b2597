package jp.akapen.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@AkapenSpringTest
class ChangePasswordViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void a_wrong_current_password_is_reported_and_the_password_stays_as_it_was() {
        TestSupport.signIn(users, "resident3");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        var view = navigate(ChangePasswordView.class);

        test(view.current).setValue("not my password");
        test(view.replacement).setValue("a fresh long passphrase");
        test(view.confirm).setValue("a fresh long passphrase");
        test(view.save).click();

        assertThat(find(Paragraph.class, view.problems).single().getText()).isEqualTo("現在のパスワードが正しくありません。");
        assertThat(passwords.matches("akapen-demo", users.loadUserByUsername("resident3").getPassword())).isTrue();
    }
}
