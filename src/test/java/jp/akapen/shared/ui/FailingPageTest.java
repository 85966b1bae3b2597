package jp.akapen.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.shared.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@AkapenSpringTest
class FailingPageTest extends SpringBrowserlessTest {

    /** A page that breaks while it is built; exists only in tests. */
    @Route("test-failing-page")
    @RolesAllowed(Roles.RESIDENT)
    public static class FailingPage extends Div {

        public FailingPage() {
            throw new IllegalStateException("password hash $argon2id$ leaked in a message");
        }
    }

    @Autowired
    UserDetailsService users;

    @Test
    void a_page_that_fails_to_open_shows_an_incident_id_and_nothing_of_the_exception() {
        TestSupport.signIn(users, "resident1");
        UI.getCurrent().setLocale(Locale.JAPANESE);

        navigate("test-failing-page", InternalErrorView.class);

        String shown = find(Paragraph.class).single().getText();
        assertThat(shown).matches("申し訳ありません。処理を完了できませんでした。問い合わせ番号: AK-[A-Z2-9]{8}");
        assertThat(shown).doesNotContain("argon2", "IllegalStateException");
    }
}
