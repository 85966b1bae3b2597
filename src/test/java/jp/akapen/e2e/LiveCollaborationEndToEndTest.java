package jp.akapen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.manuscript.Reason;
import jp.akapen.manuscript.VersionOrigin;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.notification.NotificationService;
import jp.akapen.shared.ui.SessionWatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 23 (W2, W6) in two real browsers: what one person does reaches the other's page within 2 s, without a
 * reload, and text typed and not saved survives a newer version arriving and a session that ends.
 */
@AkapenSpringTest
class LiveCollaborationEndToEndTest {

    private static final LocatorAssertions.IsVisibleOptions WITHIN_2_S =
            new LocatorAssertions.IsVisibleOptions().setTimeout(2_000);
    private static final String V1 = "わたしの町の男女共同参画。\n\n保育園の送り迎えは、まだ母親の仕事だと思われている。";
    private static final AtomicInteger TITLES = new AtomicInteger();

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    ManuscriptService manuscripts;

    @Autowired
    CorrectionService corrections;

    @Autowired
    NotificationService notices;

    @Autowired
    SessionWatch sessions;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestSupport.MovableClock clock;

    @AfterEach
    void signOut() {
        TestSupport.signOut();
    }

    /** A manuscript of resident1 with a first version, and 初校 opened and corrected by handler1, ready to return. */
    private long correctedManuscript() {
        long resident1 = ((PortalUser) users.loadUserByUsername("resident1")).id();
        TestSupport.signIn(users, "ward1");
        long id = manuscripts.assign("ライブ確認の原稿 " + TITLES.incrementAndGet(), resident1, null).id();
        TestSupport.signIn(users, "resident1");
        manuscripts.saveDraft(id, 0, V1, VersionOrigin.DRAFT, null, null);
        TestSupport.signIn(users, "handler1");
        var round = corrections.openRound(id, JapaneseDates.today(clock).plusDays(7));
        round = corrections.saveCorrection(round.id(), round.lockVersion(), V1.replace("思われている", "思われています"));
        for (var change : round.changes()) {
            corrections.annotate(change.id(), Reason.CONSISTENCY, "文末をそろえました");
        }
        TestSupport.signOut();
        return id;
    }

    private static Locator editor(Page page) {
        return page.locator("vaadin-text-area.manuscript-editor textarea");
    }

    /** Marks the person's notices read, so that the bell starts at none. */
    private void readEverything(String username) {
        TestSupport.signIn(users, username);
        notices.markAllRead();
        TestSupport.signOut();
    }

    @Test
    void a_returned_round_reaches_the_residents_bell_and_page_within_two_seconds_and_her_typed_text_stays() {
        long id = correctedManuscript();
        readEverything("resident1");
        String typed = V1 + "\n\n（書きかけ）送り迎えの当番表を作ってみた。";
        try (BrowserContext residentBrowser = browser.person("ja-JP");
                BrowserContext handlerBrowser = browser.person("ja-JP")) {
            Page resident = browser.signedIn(residentBrowser, "manuscripts/" + id, "resident1");
            editor(resident).fill(typed);

            Page handler = browser.signedIn(handlerBrowser, "manuscripts/" + id + "/rounds/1", "handler1");
            assertThat(resident.locator(".presence-strip"))
                    .containsText("初校を修正しています", new LocatorAssertions.ContainsTextOptions().setTimeout(2_000));
            assertThat(handler.locator(".presence-strip")).containsText("下書きを書いています");
            assertThat(handler.locator(".presence-strip")).containsText("区民編集委員");

            handler.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("編集委員に返却")).click();
            handler.locator("#confirm-return").click();
            assertThat(handler.getByText("返却しました。編集委員にお知らせしました。")).isVisible();

            assertThat(resident.locator(".update-banner").getByText("校正が返されました")).isVisible(WITHIN_2_S);
            assertThat(resident.locator(".notice-count")).hasText("1",
                    new LocatorAssertions.HasTextOptions().setTimeout(2_000));
            // nothing typed is replaced while the banner waits
            assertThat(editor(resident)).hasValue(typed);

            resident.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("表示を更新")).click();
            assertThat(resident.locator(".update-banner")).isHidden();
            assertThat(resident.getByText("確認を始める", new Page.GetByTextOptions()).first()).isVisible();
            assertThat(resident.locator("vaadin-text-area.kept-text textarea")).hasValue(typed);

            handler.navigate(browser.url(""));
            assertThat(resident.locator(".presence-strip")).isHidden(
                    new LocatorAssertions.IsHiddenOptions().setTimeout(2_000));
        }
    }

    @Test
    void a_new_version_saved_in_another_window_is_said_in_place_and_the_typed_text_is_kept_over_it() {
        long id = correctedManuscript();
        TestSupport.signIn(users, "handler1");
        var round = corrections.round(id, 1);
        corrections.returnRound(round.id(), round.lockVersion());
        TestSupport.signOut();
        try (BrowserContext residentBrowser = browser.person("ja-JP")) {
            Page first = browser.signedIn(residentBrowser, "manuscripts/" + id + "/rounds/1", "resident1");
            Page second = browser.open(residentBrowser, "manuscripts/" + id);
            assertThat(second.locator(".manuscript-header")).isVisible();
            assertThat(second.locator(".presence-strip")).containsText("あなた（別の画面）",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(2_000));

            first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("すべて採用")).click();
            first.getByText("このまま原稿を続ける").click();
            first.locator("#finish-review").click();
            first.locator("#confirm-finish").click();

            assertThat(second.locator(".update-banner").getByText("確認が終わり、新しい版ができました"))
                    .isVisible(WITHIN_2_S);
            second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("表示を更新")).click();
            String typed = editor(second).inputValue() + "\n\nもう一段落。";
            editor(second).fill(typed);
            first.navigate(browser.url("manuscripts/" + id));
            editor(first).fill(typed.replace("もう一段落。", "別の窓の段落。"));
            first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("この内容で保存（新しい版）")).click();
            assertThat(second.locator(".update-banner").getByText("新しい版が保存されました")).isVisible(WITHIN_2_S);
            second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("表示を更新")).click();
            assertThat(editor(second)).hasValue(typed);
            assertThat(second.locator(".kept-note")).containsText("v3");
            second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("この内容で保存（新しい版）")).click();
            assertThat(second.getByText("第4版として保存しました。")).isVisible();
        }
    }

    @Test
    void before_the_session_ends_the_page_warns_and_text_typed_before_it_ended_is_offered_after_signing_in_again()
            throws InterruptedException {
        long id = correctedManuscript();
        String typed = V1 + "\n\nセッションが切れる前に書いた段落。";
        try (BrowserContext residentBrowser = browser.person("ja-JP")) {
            Page resident = browser.signedIn(residentBrowser, "manuscripts/" + id, "resident1");
            editor(resident).fill(typed);

            Locator warning = resident.locator("vaadin-notification-card.session-warning");
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (warning.count() == 0 && System.nanoTime() < deadline) {
                sessions.checkAt(System.currentTimeMillis() + Duration.ofMinutes(28).toMillis());
                Thread.sleep(300);
            }
            assertThat(warning).containsText("約3分でセッションが切れます");
            warning.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("続ける")).click();
            assertThat(warning).isHidden();

            // the session ends (as if the server had timed it out): the next page asks for the password again
            residentBrowser.clearCookies();
            resident.navigate(browser.url("manuscripts/" + id));
            Browser.logIn(resident, "resident1", Browser.DEMO_PASSWORD);
            assertThat(resident.locator(".user-role")).isVisible();
            resident.navigate(browser.url("manuscripts/" + id));
            assertThat(resident.locator(".unsaved-text")).containsText("保存していない文章が残っています");
            assertThat(editor(resident)).hasValue(V1);
            resident.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("戻す")).click();
            assertThat(editor(resident)).hasValue(typed);
            resident.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("この内容で保存（新しい版）")).click();
            assertThat(resident.getByText("第2版として保存しました。")).isVisible();

            resident.reload();
            assertThat(editor(resident)).hasValue(typed);
            // a saved text is not offered again
            assertThat(resident.locator(".unsaved-text")).isHidden();
        }
    }

    @Test
    void without_websockets_the_bell_still_updates_within_two_seconds_by_long_polling() {
        long handler1 = ((PortalUser) users.loadUserByUsername("handler1")).id();
        readEverything("handler1");
        try (BrowserContext handlerBrowser = browser.person("ja-JP")) {
            // as a browser or proxy without WebSockets: Atmosphere must fall back to long polling
            handlerBrowser.addInitScript("window.WebSocket = undefined;");
            var fallback = new java.util.concurrent.CopyOnWriteArrayList<String>();
            handlerBrowser.onConsoleMessage(message -> {
                if (message.text().contains("long-polling")) {
                    fallback.add(message.text());
                }
            });
            Page handler = browser.signedIn(handlerBrowser, "", "handler1");
            assertThat(handler.locator(".notice-count")).isHidden();
            notices.notifyAccount(handler1, "notice.account.welcome", null, "live-test");
            assertThat(handler.locator(".notice-count")).hasText("1",
                    new LocatorAssertions.HasTextOptions().setTimeout(2_000));
            assertThat(fallback).as("Atmosphere said it fell back").isNotEmpty();
        }
    }

    @Test
    void behind_a_proxy_that_refuses_the_websocket_upgrade_the_bell_updates_by_long_polling_within_seconds() {
        long handler1 = ((PortalUser) users.loadUserByUsername("handler1")).id();
        readEverything("handler1");
        try (BrowserContext handlerBrowser = browser.person("ja-JP")) {
            // a proxy that does not pass WebSocket answers the upgrade with an error status, so the socket errs and
            // closes without opening; here the upgrade goes to a static path of the portal, which answers 404
            handlerBrowser.addInitScript("""
                    (() => {
                      const Native = window.WebSocket;
                      function Refused(url, protocols) {
                        return new Native(String(url).replace(/^(wss?:\\/\\/[^/]+)\\/.*$/, '$1/VAADIN/refused-by-proxy'),
                            protocols);
                      }
                      Refused.prototype = Native.prototype;
                      Object.assign(Refused, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
                      window.WebSocket = Refused;
                    })();""");
            var fellBack = new java.util.concurrent.CopyOnWriteArrayList<Long>();
            var polling = new java.util.concurrent.CopyOnWriteArrayList<Long>();
            handlerBrowser.onConsoleMessage(message -> {
                if (message.page().url().contains("login")) {
                    return;
                }
                if (message.text().contains("Downgrading to long-polling")) {
                    fellBack.add(System.nanoTime());
                } else if (!fellBack.isEmpty() && message.text().contains("Firing onOpen")) {
                    polling.add(System.nanoTime());
                }
            });
            Page handler = browser.signedIn(handlerBrowser, "", "handler1");
            long shown = System.nanoTime();
            handler.waitForCondition(() -> !polling.isEmpty(), new Page.WaitForConditionOptions().setTimeout(15_000));
            System.out.printf("Push behind a proxy refusing WebSocket: fell back %.1f s and long polling open %.1f s"
                    + " after the home page was shown%n", Math.max(0, fellBack.getFirst() - shown) / 1e9,
                    Math.max(0, polling.getFirst() - shown) / 1e9);
            assertThat(handler.locator(".notice-count")).isHidden();
            notices.notifyAccount(handler1, "notice.account.welcome", null, "live-test");
            assertThat(handler.locator(".notice-count")).hasText("1",
                    new LocatorAssertions.HasTextOptions().setTimeout(2_000));
        }
    }
}
