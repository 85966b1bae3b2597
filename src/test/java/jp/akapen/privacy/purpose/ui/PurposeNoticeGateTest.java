package jp.akapen.privacy.purpose.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.Role;
import jp.akapen.privacy.VaultFixtures;
import jp.akapen.privacy.purpose.PurposeNoticeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Seed P6: before any of their data is collected, a resident is shown the purpose notice and acknowledges it. */
@AkapenSpringTest
class PurposeNoticeGateTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @Autowired
    PurposeNoticeService purposeNotice;

    VaultFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new VaultFixtures(context);
    }

    private void signIn(String username) {
        TestSupport.signIn(users, username);
        UI.getCurrent().setLocale(Locale.JAPANESE);
    }

    @Test
    void a_new_resident_is_sent_to_the_notice_first_and_after_acknowledging_reaches_the_page_they_asked_for() {
        String resident = fixtures.newAccount(Role.RESIDENT);
        signIn(resident);

        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).as("every page, the home page too").isInstanceOf(PurposeNoticeView.class);
        var notice = navigate("my-data", PurposeNoticeView.class);
        assertThat(notice.acknowledge.isVisible()).isTrue();
        assertThat(find(PurposeNoticeText.class).single().getElement().getTextRecursively())
                .contains("集める情報", "利用目的", "見ることができる人", "消去の時期");
        long before = fixtures.lastSeq();

        test(notice.acknowledge).click();

        assertThat(route()).isEqualTo("my-data");
        assertThat(purposeNotice.pendingForMe()).isFalse();
        assertThat(fixtures.eventsAfter(before)).extracting(e -> e.action())
                .startsWith("PURPOSE_NOTICE_ACKNOWLEDGED");
        UI.getCurrent().navigate("my-data");
        assertThat(route()).isEqualTo("my-data");
    }

    @Test
    void demo_residents_acknowledged_when_seeded_so_existing_flows_are_not_redirected() {
        signIn("resident1");
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isNotInstanceOf(PurposeNoticeView.class);
        UI.getCurrent().navigate("my-data");
        assertThat(route()).isEqualTo("my-data");
    }

    @Test
    void the_notice_is_complete_in_japanese_and_in_english() {
        signIn("ward1");
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            UI.getCurrent().setLocale(locale);
            UI.getCurrent().navigate("");
            navigate(PurposeNoticeView.class);
            String text = find(PurposeNoticeText.class).single().getElement().getTextRecursively();
            assertThat(text).as(locale.toString()).doesNotContain("!purpose").contains("1");
            for (String part : PurposeNoticeText.PARTS) {
                assertThat(text).contains(UI.getCurrent().getTranslation(PurposeNoticeText.key(part)));
            }
        }
    }

    @Test
    void staff_are_never_sent_to_the_notice_but_may_read_it() {
        signIn("handler1");
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isNotInstanceOf(PurposeNoticeView.class);
        var notice = navigate(PurposeNoticeView.class);
        assertThat(notice.acknowledge.isVisible()).isFalse();
        assertThat(notice.status.getText()).contains("職員による確認は不要");
    }

    @Test
    void the_page_to_return_to_is_only_ever_a_route_of_this_application() {
        String resident = fixtures.newAccount(Role.RESIDENT);
        signIn(resident);
        UI.getCurrent().navigate("purpose-notice", QueryParameters.of("continue", "https://evil.example/x"));
        var notice = (PurposeNoticeView) getCurrentView();
        test(notice.acknowledge).click();
        assertThat(getCurrentView()).isNotInstanceOf(PurposeNoticeView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEmpty();
    }

    /** The route of the view on screen (the resident's page is package-private in the vault's ui). */
    private String route() {
        return getCurrentView().getClass().getAnnotation(com.vaadin.flow.router.Route.class).value();
    }
}
