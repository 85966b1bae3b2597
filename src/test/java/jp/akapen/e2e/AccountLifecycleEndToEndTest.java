package jp.akapen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.UUID;
import jp.akapen.AkapenSpringTest;
import jp.akapen.account.AccountService;
import jp.akapen.account.NewAccount;
import jp.akapen.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Disabling an account and resetting a lost sign-in in real browsers (issue 24; seed P3, R1–R5),
 * done by the demo manager on accounts of the test's own.
 */
@AkapenSpringTest
class AccountLifecycleEndToEndTest {

    static final String PASSWORD = "the person's own passphrase";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    AccountService accounts;

    String newAccount(Role role, String displayName) {
        String name = "e2e-acc-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.bootstrap(new NewAccount(name, displayName, role, PASSWORD), true);
        return name;
    }

    static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void a_disabled_staff_member_is_signed_out_at_the_next_click_and_told_so_only_with_the_right_password() {
        String name = newAccount(Role.CONTRACTOR_STAFF, "停止 花子");
        try (BrowserContext staffBrowser = browser.person("ja-JP"); BrowserContext managerBrowser = browser.person("ja-JP")) {
            Page staff = browser.signIn(staffBrowser, name, PASSWORD);
            Page manager = browser.signedIn(managerBrowser, "accounts", "manager");
            // past 50 accounts the list scrolls (other tests add theirs): the manager types the name, as a person would
            manager.locator(".account-filter input").fill(name);
            assertThat(manager.locator("main.accounts vaadin-grid")).hasJSProperty("size", 1);

            manager.getByRole(AriaRole.BUTTON, named("停止 花子 さんのアカウントを使用停止")).click();
            assertThat(manager.getByText("書いた原稿や記録はそのまま残ります", new Page.GetByTextOptions())).isVisible();
            manager.getByRole(AriaRole.BUTTON, named("使用停止する")).click();
            assertThat(manager.getByText("停止 花子 さんのアカウントを使用停止しました。")).isVisible();

            staff.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("お知らせ")).click();
            assertThat(staff).hasURL(browser.url("login"));

            Browser.logIn(staff, name, "a wrong password guess");
            assertThat(staff.getByText("ユーザー名またはパスワードが正しくありません。もう一度入力してください。")).isVisible();
            assertThat(staff.getByText("このアカウントは使用停止中です")).hasCount(0);
            Browser.logIn(staff, name, PASSWORD);
            assertThat(staff.getByText("このアカウントは使用停止中です")).isVisible();
            assertThat(staff).hasURL(browser.url("login?error"));
        }
    }

    @Test
    void a_reset_shows_a_code_once_with_which_the_person_sets_a_new_password_and_signs_in() {
        String name = newAccount(Role.CONTRACTOR_STAFF, "再設定 太郎");
        String code;
        try (BrowserContext managerBrowser = browser.person("ja-JP")) {
            Page manager = browser.signedIn(managerBrowser, "accounts", "manager");
            manager.locator(".account-filter input").fill(name);
            assertThat(manager.locator("main.accounts vaadin-grid")).hasJSProperty("size", 1);
            manager.getByRole(AriaRole.BUTTON, named("再設定 太郎 さんのログインをリセット")).click();
            manager.getByRole(AriaRole.BUTTON, named("リセットしてコードを表示")).click();
            code = manager.locator(".reset-code").textContent();
            assertThat(code).matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}");
            screenshots(manager, "reset-code");
            manager.getByRole(AriaRole.BUTTON, named("伝えました。閉じる")).click();
            assertThat(manager.locator(".reset-code")).hasCount(0);
        }
        try (BrowserContext person = browser.person("ja-JP")) {
            Page page = browser.open(person, "login");
            Browser.logIn(page, name, PASSWORD);
            assertThat(page.getByText("ユーザー名またはパスワードが正しくありません。もう一度入力してください。")).isVisible();

            Browser.logIn(page, name, code);
            assertThat(page).hasURL(browser.url("mfa"));
            assertThat(page.getByText("新しいパスワードを決めてください")).isVisible();
            page.navigate(browser.url("notices"));
            assertThat(page).hasURL(browser.url("mfa")); // nothing else before the new password
            page.locator(".reset-password vaadin-password-field input").first().fill("my brand new passphrase");
            page.locator(".reset-password vaadin-password-field input").last().fill("my brand new passphrase");
            page.getByRole(AriaRole.BUTTON, named("パスワードを設定する")).click();

            assertThat(page.locator(".user-role")).hasText("編集スタッフ（受託事業者）");
            page.navigate(browser.url("account"));
            assertThat(page.locator(".sign-in-history")).isVisible();
        }
    }

    @Test
    void the_accounts_and_my_account_pages_fit_a_phone_and_a_desktop_in_japanese_and_english() {
        for (String language : new String[] {"ja-JP", "en-US"}) {
            try (BrowserContext manager = browser.person(language)) {
                Page page = browser.open(manager, "accounts");
                page.locator("vaadin-login-form input[name='username']").fill("manager");
                page.locator("vaadin-login-form input[name='password']").fill(Browser.DEMO_PASSWORD);
                page.getByRole(AriaRole.BUTTON, named(language.startsWith("ja") ? "ログイン" : "Log in")).click();
                assertThat(page.locator(".user-role")).isVisible();
                for (int width : new int[] {1280, 390}) {
                    page.setViewportSize(width, 844);
                    for (String path : new String[] {"accounts", "account"}) {
                        page.navigate(browser.url(path));
                        assertThat(page.locator(path.equals("accounts") ? "main.accounts vaadin-grid" : ".sign-in-history"))
                                .isVisible();
                        page.waitForTimeout(300);
                        Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
                        assertThat(((Number) overflow).intValue()).as("%s %s at %d px", path, language, width)
                                .isLessThanOrEqualTo(0);
                        screenshots(page, path + "-" + language + "-" + width);
                    }
                }
            }
        }
    }

    /** With -Dakapen.screenshots=<folder>: saves what the page shows. */
    private static void screenshots(Page page, String name) {
        String folder = System.getProperty("akapen.screenshots");
        if (folder == null) {
            return;
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(folder, name + ".png")).setFullPage(true));
    }
}
