package jp.akapen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.edition.EditionDelivered;
import jp.akapen.edition.EditionException;
import jp.akapen.edition.EditionService;
import jp.akapen.edition.NewCohort;
import jp.akapen.privacy.retention.RetentionClock;
import jp.akapen.shared.JapaneseDates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A cohort's retention period in Chromium (issue 14; D1, D3): ward staff extend it and hold and release it, each with a
 * reason; at the due date (the clock moved) the handling manager confirms the erasure and ward staff approve it.
 */
@AkapenSpringTest
class RetentionEndToEndTest {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    EditionService editions;
    @Autowired
    RetentionClock retentionClock;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestSupport.MovableClock clock;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void the_ward_extends_holds_and_releases_then_the_manager_confirms_and_the_ward_approves() {
        long cohort = runningSince(today().minusDays(20));
        String card = "#retention-" + cohort;
        try (BrowserContext wardPerson = browser.person("ja-JP"); BrowserContext managerPerson = browser.person("ja-JP")) {
            Page ward = browser.signedIn(wardPerson, "retention", "ward1");
            assertThat(ward.locator(card + "-left")).hasText("あと10日");

            ward.locator(card + "-extend").click();
            var date = ward.locator(card + "-date input");
            date.fill(DAY.format(today().plusDays(40)));
            date.press("Enter");
            ward.locator(card + "-reason textarea").fill("区の監査（O2）が終わるまで");
            ward.locator(card + "-submit").click();
            assertThat(ward.locator(card + "-state")).hasText("延長中");
            assertThat(ward.locator(card + "-due")).hasText(JapaneseDates.date(today().plusDays(40), Locale.JAPANESE));

            ward.locator(card + "-hold").click();
            ward.locator(card + "-submit").click();
            assertThat(ward.locator(card + "-problem")).hasText("理由を入力してください。");
            ward.locator(card + "-reason textarea").fill("住民からの問い合わせに答えるまで");
            ward.locator(card + "-submit").click();
            assertThat(ward.locator(card + "-state")).hasText("保留中");

            clock.advance(Duration.ofDays(3));
            ward.reload();
            ward.locator(card + "-release").click();
            ward.locator(card + "-submit").click();
            // the 40 days left on the day of the hold count again from today
            assertThat(ward.locator(card + "-due")).hasText(JapaneseDates.date(today().plusDays(40), Locale.JAPANESE));

            clock.advance(Duration.ofDays(40));
            Page manager = browser.signedIn(managerPerson, "retention", "manager");
            assertThat(manager.locator(card)).containsText("理由：住民からの問い合わせに答えるまで");
            assertThat(manager.locator(card + "-state")).hasText("取扱責任者の確認待ち");
            manager.locator(card + "-confirm").click();
            manager.locator(card + "-submit").click();
            assertThat(manager.locator(card + "-state")).hasText("区の承認待ち");

            ward.reload();
            ward.locator(card + "-approve").click();
            ward.locator(card + "-submit").click();
            assertThat(ward.locator(card + "-state")).hasText("消去承認済み");
        }
    }

    long runningSince(LocalDate delivered) {
        TestSupport.signIn(users, "ward1");
        // a resident of its own: the approval records an erasure, which must never reach a demo resident
        var fixtures = new jp.akapen.privacy.VaultFixtures(context);
        long resident = fixtures.id(fixtures.newAcknowledgedResident());
        TestSupport.signIn(users, "ward1");
        for (int year = 2960; ; year++) {
            try {
                long cohort = editions.createCohort(new NewCohort(year, LocalDate.of(year, 4, 1),
                        LocalDate.of(year + 1, 3, 31), "あかね編集室（保存期間のブラウザテスト）", List.of(resident))).id();
                new TransactionTemplate(transactions).executeWithoutResult(
                        s -> retentionClock.onEditionDelivered(new EditionDelivered(0, cohort, delivered, true)));
                TestSupport.signOut();
                return cohort;
            } catch (EditionException taken) {
                // another test class took the year
            }
        }
    }

    LocalDate today() {
        return JapaneseDates.today(clock);
    }
}
