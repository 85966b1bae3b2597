package jp.akapen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.akapen.e2e.ManuscriptEndToEndTest.button;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jp.akapen.AkapenSpringTest;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.ManuscriptService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 16 as people use it: the handler turns proofreading suggestions into tracked changes in Chromium (one rule at
 * once, one alternative chosen, one finding dismissed), returns the round, and the resident reads each change's
 * reason, explanation and rule.
 */
@AkapenSpringTest
class ProofreadingEndToEndTest {

    static final String DRAFT = """
            区民センターの講座には、誰でも参加出来ます。
            全ての講座に保育があり、全ての回に手話通訳もつきます。
            主人と一緒に参加した人もいました。
            """;

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    ManuscriptService manuscripts;

    @Autowired
    CorrectionService corrections;

    @Autowired
    UserDetailsService users;

    private static Locator card(Page page, String ruleId) {
        return page.locator(".suggestion-card").filter(new Locator.FilterOptions().setHasText(ruleId));
    }

    @Test
    void the_handler_turns_suggestions_into_changes_and_the_resident_reads_their_rules() {
        long id = OpenRounds.onDraft(users, manuscripts, corrections, "resident1", "講座のお知らせ（校正）", DRAFT);
        String roundPath = "manuscripts/" + id + "/rounds/1";

        try (BrowserContext handlerBrowser = browser.person("ja-JP");
                BrowserContext residentBrowser = browser.person("ja-JP")) {
            Page handler = browser.signedIn(handlerBrowser, roundPath, "handler1");
            assertThat(handler.locator("#suggestions h3")).containsText("校正の提案");
            assertThat(handler.locator(".suggestion-mark").filter(new Locator.FilterOptions().setHasText("主人")))
                    .hasCount(1);

            button(card(handler, "notation.subete").first(), "この規則をすべて適用（2件）").click();
            assertThat(handler.locator(".change-card")).hasCount(2);
            assertThat(handler.locator(".change-card .change-rule").first()).hasText("校正規則 notation.subete");

            button(card(handler, "gender.shujin"), "「配偶者」にする").click();
            assertThat(handler.locator(".change-card")).hasCount(3);

            button(card(handler, "notation.dekiru"), "指摘しない").click();
            assertThat(card(handler, "notation.dekiru")).hasCount(0);

            assertThat(handler.locator("#return-blockers")).isHidden();
            button(handler, "編集委員に返却").click();
            handler.locator("#confirm-return").click();
            assertThat(handler.getByText("返却しました。編集委員にお知らせしました。")).isVisible();

            Page resident = browser.signedIn(residentBrowser, roundPath, "resident1");
            Locator cards = resident.locator(".change-card");
            assertThat(cards).hasCount(3);
            Locator gender = cards.filter(new Locator.FilterOptions().setHasText("配偶者"));
            assertThat(gender.locator(".change-reason")).hasText("男女共同参画の視点");
            assertThat(gender.locator(".change-rule")).hasText("校正規則 gender.shujin");
            assertThat(gender.locator(".change-comment")).containsText("主人");
            assertThat(resident.locator(".suggestion-card")).hasCount(0);
        }
    }
}
