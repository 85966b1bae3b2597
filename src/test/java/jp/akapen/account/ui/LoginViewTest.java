package jp.akapen.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.util.Locale;
import jp.akapen.AkapenSpringTest;
import jp.akapen.account.security.LoginThrottledExceptions;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

@AkapenSpringTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void the_login_page_is_in_japanese_and_lists_the_demo_logins_in_demo_mode() {
        UI.getCurrent().setLocale(Locale.JAPANESE);
        navigate(LoginView.class);
        var form = find(LoginForm.class).single();
        assertThat(i18n(form)).contains("\"submit\":\"ログイン\"");
        assertThat(find(Span.class).all()).extracting(Span::getText)
                .contains("resident1", "resident7", "manager", "handler1", "handler2", "staff1", "ward1");
    }

    @Test
    void a_wrong_password_shows_the_error_without_saying_which_part_was_wrong() {
        UI.getCurrent().setLocale(Locale.JAPANESE);
        VaadinSession.getCurrent().getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("bad"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        var form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("ユーザー名またはパスワードが正しくありません。もう一度入力してください。");
    }

    @Test
    void a_throttled_login_says_to_wait_rather_than_that_the_password_was_wrong() {
        UI.getCurrent().setLocale(Locale.JAPANESE);
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                LoginThrottledExceptions.until(Instant.now().plusSeconds(60)));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        var form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("しばらくお待ちください").doesNotContain("正しくありません");
    }

    @Test
    void a_disabled_account_is_told_so_only_after_its_right_password_and_otherwise_reads_as_a_wrong_one() {
        UI.getCurrent().setLocale(Locale.JAPANESE);
        // raised only after the password check (SecurityConfiguration): whoever sees it typed the right one
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new org.springframework.security.authentication.DisabledException("disabled"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(i18n(find(LoginForm.class).single())).contains("このアカウントは使用停止中です")
                .doesNotContain("正しくありません");

        // a wrong password for a disabled account fails as BadCredentials, like any wrong password
        VaadinSession.getCurrent().getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("bad"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", "1"));
        assertThat(i18n(find(LoginForm.class).single()))
                .contains("ユーザー名またはパスワードが正しくありません。もう一度入力してください。")
                .doesNotContain("使用停止");
    }

    @Test
    void english_speakers_get_the_login_page_in_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(LoginView.class);
        assertThat(i18n(find(LoginForm.class).single())).contains("\"submit\":\"Log in\"");
    }

    /** The texts the login form shows, as the browser receives them. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
