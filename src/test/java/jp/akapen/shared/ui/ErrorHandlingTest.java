package jp.akapen.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import java.util.Locale;
import jp.akapen.AkapenSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

@AkapenSpringTest
class ErrorHandlingTest extends SpringBrowserlessTest {

    @Test
    void an_unexpected_error_shows_an_incident_id_and_never_the_exception() {
        UI.getCurrent().setLocale(Locale.JAPANESE);

        UiSetup.handle(new ErrorEvent(new IllegalStateException("SELECT secret FROM vault at line 42")));

        String shown = test(find(Notification.class).last()).getText();
        assertThat(shown).matches("申し訳ありません。処理を完了できませんでした。問い合わせ番号: AK-[A-Z2-9]{8}");
        assertThat(shown).doesNotContain("secret", "IllegalStateException", "line 42");
    }

    @Test
    void a_refused_action_says_so_without_an_incident() {
        UI.getCurrent().setLocale(Locale.JAPANESE);

        UiSetup.handle(new ErrorEvent(new RuntimeException(new AccessDeniedException("RESIDENT may not"))));

        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("この操作を行う権限がありません。");
    }

    @Test
    void a_refusal_is_reported_to_the_audit_log_once_not_again_when_the_service_logged_it_itself() {
        UI.getCurrent().setLocale(Locale.JAPANESE);
        var published = new java.util.ArrayList<Object>();

        UiSetup.handle(new ErrorEvent(new AccessDeniedException("not the owner")), published::add);
        UiSetup.handle(new ErrorEvent(new RuntimeException(new jp.akapen.shared.LoggedRefusal("logged by the vault"))),
                published::add);

        assertThat(published).as("seed P4: one refusal, one entry").singleElement()
                .isInstanceOf(jp.akapen.shared.AccessDenied.class);
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("この操作を行う権限がありません。");
    }

    @Test
    void every_session_gets_the_incident_error_handler() {
        assertThat(UI.getCurrent().getSession().getErrorHandler()).isNotNull();
        assertThat(UI.getCurrent().getSession().getErrorHandler().getClass().getName()).contains("UiSetup");
    }
}
