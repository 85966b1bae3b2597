package jp.akapen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.UUID;
import jp.akapen.AkapenSpringTest;
import jp.akapen.account.AccountService;
import jp.akapen.account.NewAccount;
import jp.akapen.account.Role;
import jp.akapen.account.mfa.MfaPolicies;
import jp.akapen.account.mfa.MfaPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signing in with a second factor in a real browser (seed P3, ASVS L2). Each test makes accounts
 * of its own: the demo users that other tests sign in with passwords alone stay without one.
 */
@AkapenSpringTest
class MfaEndToEndTest {

    static final String PASSWORD = "two steps make a safer portal";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    AccountService accounts;

    @Autowired
    MfaPolicy policy;

    @AfterEach
    void restorePolicy() {
        MfaPolicies.reset(policy);
    }

    String newAccount(Role role, String displayName) {
        String name = "e2e-mfa-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.bootstrap(new NewAccount(name, displayName, role, PASSWORD), true);
        return name;
    }

    static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    /** Reads the key the page shows, as a person types it into an app, and enters the app's code. */
    static void setUpTheApp(Page page) {
        assertThat(page.locator("img.mfa-qr")).isVisible();
        String secret = page.locator(".mfa-secret").textContent();
        page.locator(".mfa-enrolment vaadin-text-field:not([hidden]) input").fill(MfaPolicies.codeAt(secret, Instant.now()));
        page.getByRole(AriaRole.BUTTON, named("コードを確認して設定する")).click();
        assertThat(page.locator(".mfa-recovery-codes li")).hasCount(10);
    }

    @Test
    void a_handler_sets_up_an_app_and_then_needs_its_code_after_the_password() {
        String name = newAccount(Role.CONTRACTOR_HANDLER, "二段階 花子（取扱者）");
        try (BrowserContext handler = browser.person("ja-JP")) {
            Page page = browser.open(handler, "login");
            Browser.logIn(page, name, PASSWORD);
            assertThat(page.locator(".user-role")).hasText("取扱者（受託事業者）");

            page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("二段階認証")).click();
            page.getByRole(AriaRole.BUTTON, named("認証アプリを設定する")).click();
            String secret = page.locator(".mfa-secret").textContent();
            setUpTheApp(page);
            page.getByRole(AriaRole.BUTTON, named("ログアウト")).click();
            assertThat(page).hasURL(browser.url("login"));
            Browser.settled(page);

            Browser.logIn(page, name, PASSWORD);
            assertThat(page).hasURL(browser.url("mfa"));
            assertThat(page.getByText("パスワードを確認しました。")).isVisible();
            String halfwaySession = sessionId(handler);
            page.navigate(browser.url("notices"));
            assertThat(page).hasURL(browser.url("mfa")); // no page before the code

            String right = MfaPolicies.codeAt(secret, Instant.now().plusSeconds(30));
            page.locator(".mfa-card vaadin-text-field input").fill(right.equals("000000") ? "111111" : "000000");
            page.getByRole(AriaRole.BUTTON, named("確認してログイン")).click();
            assertThat(page.getByText("コードが正しくありません。")).isVisible();
            assertThat(page).hasURL(browser.url("mfa"));

            page.locator(".mfa-card vaadin-text-field input").fill(right);
            page.getByRole(AriaRole.BUTTON, named("確認してログイン")).click();

            assertThat(page).hasURL(browser.url("notices")); // the page they tried to open on the way
            assertThat(page.locator(".user-role")).hasText("取扱者（受託事業者）");
            assertThat(sessionId(handler)).as("a new session id after the second factor").isNotEqualTo(halfwaySession);
        }
    }

    @Test
    void with_the_requirement_on_ward_staff_without_an_app_are_taken_through_set_up_before_any_page() {
        MfaPolicies.require(policy, true);
        try (BrowserContext ward1 = browser.person("ja-JP")) {
            Page page = browser.open(ward1, "accounts");
            Browser.logIn(page, "ward1", "akapen-demo");

            assertThat(page).hasURL(browser.url("mfa"));
            assertThat(page.getByText("認証アプリの設定が必要です")).isVisible();
            assertThat(page.locator("img.mfa-qr")).isVisible();
            for (String elsewhere : new String[] {"", "accounts", "notices", "mfa/setup"}) {
                page.navigate(browser.url(elsewhere));
                assertThat(page).hasURL(browser.url("mfa"));
            }
            // ward1 stays without an app for the other tests: leave instead of setting one up
            page.getByRole(AriaRole.BUTTON, named("ログアウトして戻る")).click();
            assertThat(page).hasURL(browser.url("login"));
        }

        String name = newAccount(Role.WARD_STAFF, "区 次郎（二段階）");
        try (BrowserContext ward = browser.person("ja-JP")) {
            Page page = browser.open(ward, "progress");
            Browser.logIn(page, name, PASSWORD);
            assertThat(page).hasURL(browser.url("mfa"));

            setUpTheApp(page);
            assertThat(page.getByText("この画面を離れると二度と表示されません")).isVisible();
            page.getByRole(AriaRole.BUTTON, named("保管しました。続ける")).click();

            assertThat(page).hasURL(browser.url("progress")); // on to the page asked for first
            assertThat(page.locator(".user-role")).hasText("区職員");
        }
    }

    private static String sessionId(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElse("");
    }
}
