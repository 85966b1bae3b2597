package jp.akapen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jp.akapen.AkapenSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

@AkapenSpringTest
class LoginEndToEndTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    static void logIn(Page page, String username, String password) {
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン").setExact(true)).click();
    }

    @Test
    void a_resident_logs_in_sees_their_home_in_japanese_and_logs_out() {
        try (BrowserContext resident = browser.person("ja-JP")) {
            Page page = browser.open(resident, "");
            assertThat(page).hasURL(browser.url("login"));
            assertThat(page.getByText("デモ用のアカウント")).isVisible();

            logIn(page, "resident1", "akapen-demo");

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("ようこそ、さくらさん")))
                    .isVisible();
            assertThat(page.locator(".user-role")).hasText("区民編集委員");
            assertThat(page.locator("vaadin-side-nav-item")).hasCount(11); // 事故の報告 among them: anyone may report an incident (O4)
            assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("アカウント管理")))
                    .hasCount(0);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログアウト")).click();

            assertThat(page).hasURL(browser.url("login"));
            page.navigate(browser.url("notices"));
            assertThat(page).hasURL(browser.url("login"));
        }
    }

    // the refused form used to come back empty, as if nothing had been typed
    @Test
    void a_wrong_password_keeps_the_visitor_out_with_a_clear_message_and_the_name_typed_for_the_next_try() {
        try (BrowserContext visitor = browser.person("ja-JP")) {
            Page page = browser.open(visitor, "login");

            logIn(page, "resident2", "not-the-password");

            assertThat(page).hasURL(browser.url("login?error"));
            assertThat(page.getByText("ユーザー名またはパスワードが正しくありません。")).isVisible();
            var name = page.locator("vaadin-login-form input[name='username']");
            var password = page.locator("vaadin-login-form input[name='password']");
            assertThat(name).hasValue("resident2");
            assertThat(password).hasValue("");
            assertThat(password).isFocused();

            page.navigate(browser.url(""));
            assertThat(page).hasURL(browser.url("login"));
            Browser.settled(page);
            assertThat(name).hasValue(""); // shown once, on the page the refusal led to

            logIn(page, "resident2", "not-the-password");
            assertThat(page).hasURL(browser.url("login?error"));
            assertThat(password).isFocused();
            page.keyboard().type("akapen-demo"); // the cursor is on the password: typing it again is enough
            page.keyboard().press("Enter");
            assertThat(page.locator(".user-role")).hasText("区民編集委員");
        }
    }

    @Test
    void a_login_page_whose_session_ended_before_the_form_was_sent_says_so_and_the_next_try_signs_in() {
        try (BrowserContext visitor = browser.person("ja-JP")) {
            Page page = browser.open(visitor, "login");
            Browser.settled(page);
            // what the time-out, or a sign-out in another tab, does to the page's session
            visitor.clearCookies();

            logIn(page, "resident2", "akapen-demo");

            assertThat(page).hasURL(browser.url("login?expired"));
            assertThat(page.getByText("ログイン画面の有効期限が切れていました")).isVisible();
            assertThat(page.locator(".user-role")).hasCount(0);
            logIn(page, "resident2", "akapen-demo");
            assertThat(page.locator(".user-role")).isVisible();
        }
    }

    @Test
    void logging_in_issues_a_new_session_id_and_logging_out_ends_the_session() throws Exception {
        try (BrowserContext ward = browser.person("ja-JP")) {
            Page page = browser.open(ward, "login");
            String before = sessionId(ward);

            logIn(page, "ward1", "akapen-demo");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("ようこそ、区 太郎（男女共同参画課）さん")))
                    .isVisible();
            String signedIn = sessionId(ward);
            assertThat(signedIn).isNotEqualTo(before);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログアウト")).click();
            assertThat(page).hasURL(browser.url("login"));

            var stolenCookie = HttpRequest.newBuilder(URI.create(browser.url("accounts")))
                    .header("Cookie", "JSESSIONID=" + signedIn).GET().build();
            var response = HttpClient.newHttpClient().send(stolenCookie, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void an_english_reader_can_switch_to_japanese_before_logging_in() {
        try (BrowserContext reader = browser.person("en-GB")) {
            Page page = browser.open(reader, "login");
            assertThat(page.getByText("Demo accounts")).isVisible();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("日本語")).click();

            assertThat(page.getByText("デモ用のアカウント")).isVisible();
            logIn(page, "handler1", "akapen-demo");
            assertThat(page.locator(".user-role")).hasText("取扱者（受託事業者）");
        }
    }

    @Test
    void a_browser_asking_for_neither_japanese_nor_english_gets_japanese() {
        try (BrowserContext reader = browser.person("fr-FR")) {
            Page page = browser.open(reader, "login");
            assertThat(page.getByText("デモ用のアカウント")).isVisible();
        }
    }

    @Test
    void the_fifth_wrong_password_in_a_row_pauses_logins_with_a_message_to_wait() {
        try (BrowserContext guesser = browser.person("ja-JP")) {
            Page page = browser.open(guesser, "login");
            for (int attempt = 1; attempt <= 4; attempt++) {
                logIn(page, "no-such-editor", "guess number " + attempt);
                assertThat(page.getByText("ユーザー名またはパスワードが正しくありません。")).isVisible();
            }
            logIn(page, "no-such-editor", "guess number 5");
            assertThat(page.getByText("一時的に受け付けを止めています")).isVisible();

            logIn(page, "no-such-editor", "guess number 6");
            assertThat(page.getByText("一時的に受け付けを止めています")).isVisible();
        }
    }

    @Test
    void a_login_posted_from_another_site_without_the_pages_token_signs_nobody_in() throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        client.send(HttpRequest.newBuilder(URI.create(browser.url("login"))).build(), HttpResponse.BodyHandlers.discarding());

        var forged = client.send(HttpRequest.newBuilder(URI.create(browser.url("login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=ward1&password=akapen-demo")).build(),
                HttpResponse.BodyHandlers.discarding());
        // refused with 403 on the spot (its error page is no longer guarded into a redirect to the login page)
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Location")).as("not sent on to the home page").isEmpty();

        var afterwards = client.send(HttpRequest.newBuilder(URI.create(browser.url("accounts"))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void only_the_health_endpoint_is_open_and_it_reveals_no_details() throws Exception {
        var client = HttpClient.newHttpClient();
        var health = client.send(HttpRequest.newBuilder(URI.create(browser.url("actuator/health"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("db").doesNotContain("mariadb");

        for (String hidden : new String[] {"actuator/env", "actuator/beans", "actuator/configprops", "actuator"}) {
            var response = client.send(HttpRequest.newBuilder(URI.create(browser.url(hidden))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(hidden).isIn(302, 401, 403, 404);
            assertThat(response.body()).as(hidden).doesNotContain("akapen.db");
        }
    }

    private static String sessionId(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElse("");
    }
}
