package jp.akapen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.time.format.DateTimeFormatter;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.shared.JapaneseDates;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ward's supervision in Chromium (issue 15 items 1 and 2; O1, O2): the ward asks for a handling-status report,
 * the handling manager answers, the ward downloads the PDF and its text reads as Japanese; the annual audit's
 * checklist shows every special clause with evidence links, and one opens its page.
 */
@AkapenSpringTest
class OversightEndToEndTest {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    TestSupport.MovableClock clock;

    @Test
    void the_ward_asks_the_manager_answers_and_the_ward_reads_the_report_then_audits_with_the_evidence()
            throws Exception {
        try (BrowserContext wardPerson = browser.person("ja-JP"); BrowserContext managerPerson = browser.person("ja-JP")) {
            Page ward = browser.signedIn(wardPerson, "oversight/reports", "ward1");
            ward.locator(".oversight-report-form textarea").fill("今年度の個人情報の取扱状況を報告してください（ブラウザテスト）");
            var due = ward.locator(".oversight-report-form vaadin-date-picker input");
            due.fill(DAY.format(JapaneseDates.today(clock).plusDays(14)));
            due.press("Enter");
            ward.locator(".oversight-report-ask").click();
            var newest = ward.locator(".oversight-report-link").first();
            assertThat(ward.locator(".oversight-report-card").first()).containsText("ブラウザテスト");
            String path = newest.getAttribute("href");

            Page manager = browser.signedIn(managerPerson, path, "manager");
            manager.locator(".oversight-report-form textarea").fill("別添の報告書のとおりです。");
            manager.locator(".oversight-report-send").click();
            assertThat(manager.locator(".oversight-report-state")).hasText("回答済み");

            ward.navigate(browser.url(path));
            assertThat(ward.locator(".oversight-report-state")).hasText("回答済み");
            var download = ward.waitForDownload(() -> ward.locator(".oversight-report-pdf").click());
            String text;
            try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
                text = new PDFTextStripper().getText(pdf);
            }
            org.assertj.core.api.Assertions.assertThat(text).contains("個人情報の取扱状況報告書", "別添の報告書のとおりです。",
                    "取扱責任者及び取扱者の指定");

            ward.navigate(browser.url("oversight/audits"));
            assertThat(ward.locator(".oversight-audit-list")).isVisible();
            var start = ward.locator(".oversight-audit-start");
            if (start.count() > 0) {
                start.click();
            } else {
                ward.locator(".oversight-audit-link").first().click();
            }
            assertThat(ward.locator(".oversight-checklist")).isVisible();
            for (int clause = 1; clause <= 21; clause++) {
                var item = ward.locator(String.format("#oversight-item-T%02d", clause));
                assertThat(item).isVisible();
                org.assertj.core.api.Assertions.assertThat(item.locator("a.oversight-evidence").count())
                        .as("evidence of clause %d", clause).isPositive();
            }
            ward.locator("#oversight-item-T13 a.oversight-evidence").first().click();
            ward.waitForURL("**/handlers");
            assertThat(ward.locator(".user-role")).isVisible();
            org.assertj.core.api.Assertions.assertThat(ward.title()).isNotBlank();
        }
    }
}
