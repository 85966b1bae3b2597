package jp.akapen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.ActiveSessions;
import jp.akapen.privacy.handlers.HandlerDesignationService;
import jp.akapen.privacy.handlers.HandlerRegister;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Seed P2 in real browsers: while handler1 is signed in, the manager ends handler1's designation at
 * /handlers, and handler1's very next click lands on the login page (the session is gone, not merely
 * refused at the next login). handler1 is designated again afterwards, for the tests that follow.
 */
@AkapenSpringTest
class HandlerSessionEndToEndTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    HandlerDesignationService designations;

    @Autowired
    HandlerRegister register;

    @Autowired
    ActiveSessions sessions;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestSupport.MovableClock clock;

    long handler1;

    @AfterEach
    void designateHandler1Again() {
        if (!register.isActive(handler1)) {
            TestSupport.signIn(users, "manager");
            designations.designate(handler1, LocalDate.ofInstant(clock.instant(), JapaneseDates.ZONE), null);
            TestSupport.signOut();
        }
        assertThat(register.isActive(handler1)).isTrue();
    }

    @Test
    void ending_a_designation_sends_the_signed_in_handler_to_the_login_page_at_the_next_click() {
        handler1 = ((PortalUser) users.loadUserByUsername("handler1")).id();
        assertThat(register.isActive(handler1)).isTrue();
        int earlierSessions = sessions.countOf(handler1); // left open by other browser tests
        try (BrowserContext handlerBrowser = browser.person("ja-JP");
                BrowserContext managerBrowser = browser.person("ja-JP")) {
            Page handler = browser.signedIn(handlerBrowser, "manuscripts", "handler1");
            assertThat(handler).hasURL(browser.url("manuscripts"));
            assertThat(sessions.countOf(handler1)).isEqualTo(earlierSessions + 1);

            Page manager = browser.signedIn(managerBrowser, "handlers", "manager");
            assertThat(manager.locator(".view-title")).hasText("取扱者の指定");
            manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("赤井 校子（取扱者） さんの指定を終了").setExact(true)).click();
            manager.locator("#confirm-end").click();
            assertThat(manager.getByText("赤井 校子（取扱者） さんの指定を終了しました。区にお知らせしました。")).isVisible();
            assertThat(register.isActive(handler1)).isFalse();
            assertThat(sessions.countOf(handler1)).isZero();

            handler.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("お知らせ")).click();

            assertThat(handler).hasURL(browser.url("login"));
            assertThat(handler.locator("vaadin-login-form")).isVisible();
            // the manager ended someone else's sessions, not their own
            manager.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("お知らせ")).click();
            assertThat(manager).hasURL(browser.url("notices"));

            // signing in again works: the person is still a contractor colleague, only no longer a handler
            Browser.logIn(handler, "handler1", "akapen-demo");
            assertThat(handler.locator(".user-role")).hasText("取扱者（受託事業者）");
        }
    }
}
