package jp.akapen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.edition.EditionService;
import jp.akapen.edition.NewCohort;
import jp.akapen.edition.ProgressService;
import jp.akapen.edition.progress.MilestoneKind;
import jp.akapen.manuscript.Annotations;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.Decision;
import jp.akapen.manuscript.FollowUp;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.manuscript.ReviewService;
import jp.akapen.manuscript.VersionOrigin;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Seed W6/W7 as the ward sees it: in Chromium, the ward watches an edition's articles move through
 * their stages while a resident and a handler work (through the services, with the clock moved
 * between steps), sees the turnaround the rounds' timestamps give, sees an article fall overdue,
 * and downloads the CSV.
 */
@AkapenSpringTest
class ProgressEndToEndTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    EditionService editions;

    @Autowired
    ProgressService progress;

    @Autowired
    ManuscriptService manuscripts;

    @Autowired
    CorrectionService corrections;

    @Autowired
    ReviewService reviews;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestSupport.MovableClock clock;

    @AfterEach
    void resetTheClock() {
        clock.reset();
        TestSupport.signOut();
    }

    long id(String username) {
        return ((PortalUser) users.loadUserByUsername(username)).id();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), JapaneseDates.ZONE);
    }

    static Locator row(Page page, String title) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(title));
    }

    static Locator cellAfter(Page page, String text) {
        return page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text));
    }

    @Test
    void the_ward_watches_an_edition_progress_sees_the_turnaround_an_overdue_article_and_exports_the_csv()
            throws IOException {
        TestSupport.signIn(users, "ward1");
        var cohort = TestSupport.freeYear(new java.util.concurrent.atomic.AtomicInteger(2700), year -> editions.createCohort(new NewCohort(year,
                LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31), "あかね編集室", List.of(id("resident1"),
                        id("resident2")))));
        Map<MilestoneKind, LocalDate> schedule = new EnumMap<>(MilestoneKind.class);
        schedule.put(MilestoneKind.DRAFT_DUE, today().plusDays(5));
        schedule.put(MilestoneKind.FINAL_TEXT_DUE, today().plusDays(20));
        schedule.put(MilestoneKind.DELIVERY, today().plusDays(40));
        var edition = editions.createEdition(cohort.id(), 1, "見守る号", schedule);
        editions.addArticle(edition.id(), "進む記事", 1000, List.of(id("resident1")), id("handler1"));
        editions.addArticle(edition.id(), "止まる記事", 1000, List.of(id("resident2")), id("handler1"));
        long manuscriptId = progress.progress(edition.id()).stream()
                .filter(r -> r.article().title().equals("進む記事")).findFirst().orElseThrow().manuscriptId();
        TestSupport.signOut();
        // the year freeYear found: 2700 unless another class had taken it
        String editionName = JapaneseDates.fiscalYear(cohort.fiscalYear(), java.util.Locale.JAPANESE) + " 第1号「見守る号」";

        try (BrowserContext wardBrowser = browser.person("ja-JP")) {
            Page ward = browser.signedIn(wardBrowser, "progress", "ward1");
            ward.locator("vaadin-select").first().click();
            ward.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(editionName)).click();
            assertThat(cellAfter(ward, "進む記事")).isVisible();
            assertThat(cellAfter(ward, "未着手")).hasCount(2);

            TestSupport.signIn(users, "resident1");
            manuscripts.saveDraft(manuscriptId, 0, "朝の八時に旗が立ちます。", VersionOrigin.DRAFT, null, null);
            ward.reload();
            ward.locator("vaadin-select").first().click();
            ward.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(editionName)).click();
            assertThat(cellAfter(ward, "原稿提出済み")).isVisible();

            clock.advance(Duration.ofDays(2));
            TestSupport.signIn(users, "handler1");
            var round = corrections.openRound(manuscriptId, today().plusDays(3));
            round = corrections.saveCorrection(round.id(), round.lockVersion(), "朝の8時に旗が立ちます。");
            corrections.returnRound(round.id(), Annotations.complete(corrections, round).lockVersion());
            clock.advance(Duration.ofDays(1));
            TestSupport.signIn(users, "resident1");
            reviews.decideAll(round.id(), Decision.ACCEPTED);
            reviews.finishReview(round.id(), FollowUp.FINAL);

            clock.advance(Duration.ofDays(3));
            ward.reload();
            ward.locator("vaadin-select").first().click();
            ward.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(editionName)).click();
            assertThat(cellAfter(ward, "校了")).isVisible();
            assertThat(cellAfter(ward, "⚠ 期限切れ")).hasCount(1);
            assertThat(ward.getByText("記事 2 件、うち期限切れ 1 件")).isVisible();
            // submitted → returned took the two days the clock moved; returned → reviewed the one day
            assertThat(ward.locator(".edition-turnaround"))
                    .hasText("この号の校正: 1 回 · 校正者 中央値 2.0日（最大 2.0日）· 編集委員 中央値 1.0日（最大 1.0日）");
            assertThat(ward.locator("vaadin-grid.turnaround-per-edition vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText("見守る号"))).hasCount(1);

            Download download = ward.waitForDownload(() -> ward.locator("#csv-export").click());
            byte[] csv = Files.readAllBytes(download.path());
            assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
            String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
            assertThat(text).contains("進む記事", "止まる記事", "さくら", "若葉", "校了", "期限切れ")
                    .doesNotContain("山田").doesNotContain("@example.jp");
        }
    }
}
