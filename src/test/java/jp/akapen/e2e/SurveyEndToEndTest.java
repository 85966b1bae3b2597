package jp.akapen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.lecture.survey.SessionFixture;
import jp.akapen.lecture.survey.SurveyService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A survey in real browsers (issue 13 items 6-10; W4, P6, P7): handler1 builds an anonymous survey for a lecture that
 * has ended; a question on belief keeps it closed until ward1 approves with a reason; two residents answer (the
 * results withhold what fewer than three gave), a third answers, and the results show counts and download as CSV.
 */
@AkapenSpringTest
class SurveyEndToEndTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    DSLContext db;
    @Autowired
    Clock clock;
    @Autowired
    SurveyService surveys;
    @Autowired
    UserDetailsService users;

    static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    static Locator.FilterOptions text(String text) {
        return new Locator.FilterOptions().setHasText(text);
    }

    @Test
    void a_screened_survey_waits_for_the_ward_then_residents_answer_and_the_results_download() throws Exception {
        String lecture = "取材の基礎 " + UUID.randomUUID().toString().substring(0, 6);
        new SessionFixture(db).session(lecture, clock.instant(), Duration.ofHours(2),
                List.of("resident1", "resident2", "resident3"));
        String title = "取材の基礎のふりかえり " + UUID.randomUUID().toString().substring(0, 4);
        String surveyPath;
        try (BrowserContext handler = browser.person("ja-JP"); BrowserContext ward = browser.person("ja-JP")) {
            Page builder = browser.signedIn(handler, "surveys", "handler1");
            builder.locator("vaadin-select").filter(text("講座・会議")).click();
            builder.locator("vaadin-select-item").filter(text(lecture)).click();
            builder.getByLabel("タイトル").fill(title);
            builder.getByRole(AriaRole.BUTTON, named("下書きを作成")).click();
            assertThat(builder).hasURL(Pattern.compile(".*/surveys/[0-9]+/edit$"));
            builder.getByRole(AriaRole.BUTTON, named("質問を追加")).click();
            builder.getByRole(AriaRole.BUTTON, named("質問を追加")).click();
            builder.getByLabel("質問文").nth(0).fill("講座はいかがでしたか？");
            builder.getByLabel("選択肢").nth(0).fill("よかった\nふつう");
            builder.getByLabel("質問文").nth(1).fill("あなたの信仰は講座の受け止め方に影響しましたか？");
            builder.getByLabel("選択肢").nth(1).fill("はい\nいいえ");
            builder.getByRole(AriaRole.BUTTON, named("プレビュー")).click();
            assertThat(builder.locator(".survey-preview .survey-finding").first()).containsText("「信仰」");
            builder.getByRole(AriaRole.BUTTON, named("保存")).click();
            assertThat(builder).hasURL(Pattern.compile(".*/surveys/[0-9]+$"));
            surveyPath = builder.url().substring(builder.url().indexOf("surveys/"));
            builder.getByRole(AriaRole.BUTTON, named("公開申請")).click();
            assertThat(builder.getByText("確認が必要な語句があるため、区職員の承認を待っています。")).isVisible();

            Page reviewer = browser.signedIn(ward, surveyPath, "ward1");
            assertThat(reviewer.locator(".survey-finding").first()).containsText("思想・信条・宗教");
            reviewer.getByRole(AriaRole.BUTTON, named("承認して公開")).click();
            assertThat(reviewer.getByText("理由を書いてください（承認にも差し戻しにも必要です）。")).isVisible();
            reviewer.getByLabel("理由（必須・記録されます）").fill("「はい・いいえ」のみで信仰の内容は尋ねないため承認する。");
            reviewer.getByRole(AriaRole.BUTTON, named("承認して公開")).click();
            assertThat(reviewer.getByText("承認しました。アンケートは公開されます。")).isVisible();
        }
        long id = Long.parseLong(surveyPath.substring("surveys/".length()));

        for (String resident : List.of("resident1", "resident2")) {
            try (BrowserContext person = browser.person("ja-JP")) {
                Page page = browser.signedIn(person, surveyPath, resident);
                assertThat(page.locator(".survey-anonymity")).containsText("このアンケートは無記名です。");
                page.locator("vaadin-radio-button").filter(text("よかった")).click();
                page.locator("vaadin-radio-button").filter(text("いいえ")).click();
                page.getByRole(AriaRole.BUTTON, named("回答を送信")).click();
                assertThat(page.getByText("回答を受け付けました。ご協力ありがとうございました。")).isVisible();
            }
        }
        try (BrowserContext handler = browser.person("ja-JP")) {
            Page results = browser.signedIn(handler, surveyPath + "/results", "handler1");
            assertThat(results.locator(".survey-withheld").first()).isVisible();
            TestSupport.signIn(users, "resident3");
            var survey = surveys.survey(id);
            surveys.answer(id, java.util.Map.of(survey.questions().get(0).id(),
                    new jp.akapen.lecture.survey.Answer.Choice(List.of(1)), survey.questions().get(1).id(),
                    new jp.akapen.lecture.survey.Answer.Choice(List.of(1))));
            TestSupport.signOut();

            results.reload();
            assertThat(results.locator(".survey-bar").first()).hasAttribute("aria-label", "よかった: 2 件（67%）");
            assertThat(results.locator(".survey-bar-value").first()).hasText("2 件（67%）");
            var download = results.waitForDownload(() -> results.locator("#survey-csv").click());
            String csv = new String(Files.readAllBytes(download.path()), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFF番号,質問,選択肢,件数,割合(%),回答数\r\n")
                    .contains("1,講座はいかがでしたか？,よかった,2,67,3\r\n", "いいえ,3,100,3");
        }
    }
}
