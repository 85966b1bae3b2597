package jp.akapen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.manuscript.ManuscriptStatus;
import jp.akapen.shared.PortalUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Seed W1/W2 as people do it: a resident and a handler, each in their own Chromium, take a real
 * Japanese text through two correction rounds, with single decisions, a draft saved in the middle
 * of a round (a conflict the handler resolves by hand) and 校了.
 */
@AkapenSpringTest
class ManuscriptEndToEndTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    ManuscriptService manuscripts;

    @Autowired
    CorrectionService corrections;

    @Autowired
    UserDetailsService users;

    static String excerpt() throws IOException {
        try (InputStream in = ManuscriptEndToEndTest.class.getResourceAsStream("/texts/yosano-onnarashisa-excerpt.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator button(Locator within, String name) {
        return within.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Gives one change card its reason and comment, as a contractor editor would. */
    static void annotate(Locator card, String reason, String comment) {
        button(card, "理由・コメントを書く").click();
        card.locator("vaadin-select").click();
        // the select's items live in its card; a page-wide look could also find the previous card's closing list
        card.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(reason)).click();
        var area = card.locator("vaadin-text-area textarea");
        area.fill(comment);
        area.blur();
    }

    static void fillEditor(Page page, String text) {
        page.locator("vaadin-text-area.manuscript-editor textarea").fill(text);
    }

    @Test
    void a_resident_and_a_handler_take_a_real_text_through_two_rounds_to_the_final_version() throws IOException {
        String v1 = excerpt();
        long resident1 = ((PortalUser) users.loadUserByUsername("resident1")).id();
        TestSupport.signIn(users, "ward1");
        long id = manuscripts.assign("「女らしさ」とは何か", resident1, null).id();
        TestSupport.signOut();
        String manuscriptPath = "manuscripts/" + id;
        String manuscriptUrl = browser.url(manuscriptPath);

        try (BrowserContext residentBrowser = browser.person("ja-JP");
                BrowserContext handlerBrowser = browser.person("ja-JP")) {
            // the resident submits the draft
            Page resident = browser.signedIn(residentBrowser, manuscriptPath, "resident1");
            fillEditor(resident, v1);
            button(resident, "この内容で保存（新しい版）").click();
            assertThat(resident.getByText("第1版として保存しました。")).isVisible();

            // 初校: the handler corrects three places and gives one a reason
            Page handler = browser.signedIn(handlerBrowser, manuscriptPath, "handler1");
            assertThat(handler.getByText("筆名: さくら")).isVisible();
            handler.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("校正")).click();
            button(handler, "初校を始める").click();
            assertThat(handler).hasURL(browser.url("manuscripts/" + id + "/rounds/1"));
            fillEditor(handler, v1.replace("早く仏教に由って", "早くから仏教によって")
                    .replace("顰蹙することは", "眉をひそめることは").replace("稀有の女流文豪", "まれな女流文豪"));
            button(handler, "変更を保存").click();
            // 早く→早くから and 由って→よって are two corrections; the other two are one each
            assertThat(handler.locator(".change-card")).hasCount(4);
            // a return before every change has its reason and comment says what is missing, and asks nothing
            assertThat(handler.locator("#return-blockers")).containsText("理由のない変更：#1–#4");
            button(handler, "編集委員に返却").click();
            assertThat(handler.locator("#confirm-return")).hasCount(0);
            annotate(handler.locator(".change-card").first(), "表記の統一", "送り仮名を統一しました");
            for (int i = 1; i < 4; i++) {
                annotate(handler.locator(".change-card").nth(i), "文体・表現", "読みやすくしました");
            }
            assertThat(handler.locator("#return-blockers")).isHidden();
            button(handler, "編集委員に返却").click();
            handler.locator("#confirm-return").click();
            assertThat(handler.getByText("返却しました。編集委員にお知らせしました。")).isVisible();

            // the resident accepts the first, second and fourth, rejects the third, and asks for another round
            resident.navigate(browser.url("notices"));
            resident.getByText("「女らしさ」とは何か」の初校が返却されました", new Page.GetByTextOptions())
                    .first().waitFor();
            resident.navigate(browser.url("manuscripts/" + id + "/rounds/1"));
            Locator cards = resident.locator(".change-card");
            assertThat(cards).hasCount(4);
            assertThat(cards.first().locator(".change-reason")).hasText("表記の統一");
            assertThat(resident.locator(".tracked-text del").first()).hasText("由");
            // a change's insertion after its deletion carries no number of its own; a click on it selects its card
            Locator secondPart = resident.locator(".tracked-text del + ins:not([data-seq])").first();
            String itsNumber = (String) secondPart.evaluate("part => part.previousElementSibling.dataset.seq");
            secondPart.click();
            assertThat(resident.locator("#change-" + itsNumber)).hasClass(Pattern.compile("\\bselected\\b"));
            assertThat(secondPart).hasClass(Pattern.compile("\\bselected\\b"));
            button(cards.nth(0), "採用").click();
            button(cards.nth(1), "採用").click();
            button(cards.nth(2), "不採用").click();
            assertThat(resident.getByText("未確認の変更があと 1 件あります。")).isVisible();
            button(cards.nth(3), "採用").click();
            resident.getByText("もう一度校正を依頼する").click();
            resident.locator("#finish-review").click();
            resident.locator("#confirm-finish").click();
            assertThat(resident.getByText("確認を完了し、第2版ができました。")).isVisible();
            String v2 = v1.replace("早く仏教に由って", "早くから仏教によって").replace("稀有の女流文豪", "まれな女流文豪");
            TestSupport.signIn(users, "resident1");
            assertThat(manuscripts.latest(id).orElseThrow().body()).isEqualTo(v2);

            // 再校: the handler corrects two places ...
            handler.navigate(manuscriptUrl);
            handler.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("校正")).click();
            button(handler, "再校を始める").click();
            assertThat(handler).hasURL(browser.url("manuscripts/" + id + "/rounds/2"));
            fillEditor(handler, v2.replace("舶載の学問芸術", "海外から来た学問芸術")
                    .replace("紫式部の日記を読むと", "紫式部日記を読むと"));
            button(handler, "変更を保存").click();
            assertThat(handler.locator(".change-card")).hasCount(2);

            // ... while the resident saves a newer draft that rewrites the words of one correction
            resident.navigate(manuscriptUrl);
            String v3 = v2.replace("紫式部の日記を読むと", "紫式部の日記を読みますと");
            fillEditor(resident, v3);
            button(resident, "この内容で保存（新しい版）").click();
            assertThat(resident.getByText("第3版として保存しました。")).isVisible();

            // the handler's page is stale: saving is refused and the typed text stays
            String typed = v2.replace("舶載の学問芸術", "海外から来た学問や芸術");
            fillEditor(handler, typed);
            button(handler, "変更を保存").click();
            assertThat(handler.getByText("この校正は別の人（または編集委員の新しい版）によって更新されました", new Page.GetByTextOptions())
                    .first()).isVisible();
            assertThat(handler.locator("vaadin-text-area.manuscript-editor textarea")).hasValue(typed);

            // after reloading, one correction moved, one is a conflict; the handler redoes it by hand
            handler.reload();
            assertThat(handler.locator(".conflicts .change-card")).hasCount(1);
            // whole words (issue 22): 紫式部日記 is one kanji run, so the change is the phrase, not the の alone
            assertThat(handler.locator(".conflicts .change-card .change-del")).hasText("紫式部の日記");
            assertThat(handler.locator(".conflicts .change-card .change-context")).containsText("紫式部日記を読むと");
            String corrected = v3.replace("舶載の学問芸術", "海外から来た学問芸術")
                    .replace("紫式部の日記を読みますと", "紫式部日記を読みますと");
            fillEditor(handler, corrected);
            button(handler, "変更を保存").click();
            assertThat(handler.locator(".change-list .change-card")).hasCount(2);
            button(handler.locator(".conflicts .change-card").first(), "対応済み").click();
            assertThat(handler.locator(".conflicts")).hasCount(0);
            for (int i = 0; i < 2; i++) {
                annotate(handler.locator(".change-list .change-card").nth(i), "文体・表現", "言い換えました");
            }
            button(handler, "編集委員に返却").click();
            handler.locator("#confirm-return").click();
            assertThat(handler.getByText("返却しました。編集委員にお知らせしました。")).isVisible();

            // the resident accepts everything and makes it final
            resident.navigate(browser.url("manuscripts/" + id + "/rounds/2"));
            assertThat(resident.locator(".change-card")).hasCount(2);
            button(resident, "すべて採用").click();
            assertThat(resident.getByText("すべての変更を確認しました。")).isVisible();
            resident.getByText("これで校了にする").click();
            resident.locator("#finish-review").click();
            resident.locator("#confirm-finish").click();
            assertThat(resident.getByText("確認を完了し、第4版ができました。")).isVisible();

            TestSupport.signIn(users, "resident1");
            assertThat(manuscripts.latest(id).orElseThrow().body()).isEqualTo(corrected);
            assertThat(manuscripts.get(id).status()).isEqualTo(ManuscriptStatus.FINAL);
            resident.navigate(manuscriptUrl);
            assertThat(resident.locator(".status-badge")).containsText("校了");
        } finally {
            TestSupport.signOut();
        }
    }

    @Test
    void a_resident_uploads_a_shift_jis_file_sees_its_text_and_saves_it() throws IOException {
        String text = excerpt().substring(0, 400);
        long resident2 = ((PortalUser) users.loadUserByUsername("resident2")).id();
        TestSupport.signIn(users, "ward1");
        long id = manuscripts.assign("アップロードの原稿", resident2, null).id();
        TestSupport.signOut();

        try (BrowserContext residentBrowser = browser.person("ja-JP")) {
            Page resident = browser.signedIn(residentBrowser, "manuscripts/" + id, "resident2");
            resident.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("原稿.txt", "text/plain",
                    text.getBytes(Charset.forName("windows-31j"))));

            assertThat(resident.getByText("「原稿.txt」を読み込みました（Shift_JIS）", new Page.GetByTextOptions())
                    .first()).isVisible();
            assertThat(resident.locator("vaadin-text-area.manuscript-editor textarea")).hasValue(text);
            button(resident, "この内容で保存（新しい版）").click();
            assertThat(resident.getByText("第1版として保存しました。")).isVisible();

            resident.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("写真.txt", "text/plain",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}));
            assertThat(resident.getByText("文章のファイルではないようです", new Page.GetByTextOptions()).first()).isVisible();
            assertThat(resident.locator("vaadin-text-area.manuscript-editor textarea")).hasValue(text);
        } finally {
            TestSupport.signOut();
        }
        TestSupport.signIn(users, "resident2");
        assertThat(manuscripts.versions(id)).singleElement().satisfies(v -> {
            assertThat(v.body()).isEqualTo(text);
            assertThat(v.sourceCharset()).isEqualTo("windows-31j");
        });
        TestSupport.signOut();
    }

    @Test
    void a_handler_asks_for_the_upload_and_reads_a_corrected_file_into_the_correction_view() throws IOException {
        String draft = excerpt().substring(0, 300);
        String corrected = "［校正］" + draft.substring(1);
        long id = OpenRounds.onDraft(users, manuscripts, corrections, "resident2", "校正済みファイルの原稿", draft);

        try (BrowserContext handlerBrowser = browser.person("ja-JP")) {
            Page handler = browser.signedIn(handlerBrowser, "manuscripts/" + id + "/rounds/1", "handler1");
            assertThat(handler.locator("vaadin-upload")).hasCount(0);
            button(handler, "修正済みのファイルを読み込む").click();
            // the upload takes the button's place, and the keyboard goes on from its file chooser
            assertThat(handler.locator("vaadin-upload vaadin-button")).isFocused();
            handler.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("校正済み.txt", "text/plain",
                    corrected.getBytes(StandardCharsets.UTF_8)));
            assertThat(handler.locator("vaadin-text-area.manuscript-editor textarea")).hasValue(corrected);
            button(handler, "変更を保存").click();
            assertThat(handler.locator(".change-card")).hasCount(1);
        } finally {
            TestSupport.signOut();
        }
    }
}
