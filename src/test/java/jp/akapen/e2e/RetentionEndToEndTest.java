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
 * reason; at the due date (the clock moved) the handling manager confirms the erasure and ward staff approve it. Then
 * the erasure runs, the ward sees it done with its counts and verification, downloads the certificate, is refused a
 * wrong hash in place and acknowledges with the file's own SHA-256 (D2).
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
    @Autowired
    jp.akapen.privacy.erasure.ErasureService erasures;
    @Autowired
    jp.akapen.privacy.vault.PersonalDataService personalData;

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

            // the erasure job (every 24 h in tests) runs what the approval recorded; the ward reloads and sees it done
            erasures.runPending();
            ward.reload();
            assertThat(ward.locator(card + "-erasure-state")).hasText("消去済み");
            assertThat(ward.locator(card + "-erasure")).containsText("保管庫の個人情報の削除：1件");
            assertThat(ward.locator(card + "-verification")).containsText("区民編集委員1名の保管庫の値（氏名・ふりがな・住所・メールアドレス・電話番号）4件");
            assertThat(ward.locator(card + "-verification")).containsText("表：0件（うち送信待ちメール 0件）");

            // the ward downloads the certificate, hashes it and checks the hash against the page
            var download = ward.waitForDownload(() -> ward.locator(card + "-certificate").click());
            String sha = sha256(download.path());
            assertThat(ward.locator(card + "-certificate-sha")).containsText(sha);

            var checked = ward.locator(card + "-checked-hash input");
            checked.fill("0".repeat(64));
            ward.locator(card + "-acknowledge").click();
            assertThat(ward.locator(card + "-erasure [role=alert]")).containsText("一致しません");
            assertThat(ward.locator(card + "-receipt")).hasCount(0);
            checked.fill(sha);
            ward.locator(card + "-acknowledge").click();
            assertThat(ward.locator(card + "-receipt")).containsText("受領を確認しました");
        }
    }

    static String sha256(java.nio.file.Path file) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(java.nio.file.Files.readAllBytes(file)));
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    long runningSince(LocalDate delivered) {
        TestSupport.signIn(users, "ward1");
        // a resident of its own: the approval records an erasure, which must never reach a demo resident
        var fixtures = new jp.akapen.privacy.VaultFixtures(context);
        String username = fixtures.newAcknowledgedResident();
        long resident = fixtures.id(username);
        TestSupport.signIn(users, username);
        personalData.save(resident, new jp.akapen.privacy.vault.PersonalData("保存 期間" + java.util.UUID.randomUUID()
                .toString().substring(0, 8), "ほぞん きかん", "東京都新宿区歌舞伎町1-4-1",
                "retention-" + java.util.UUID.randomUUID() + "@example.jp", null), 0);
        TestSupport.signIn(users, "ward1");
        long cohort = TestSupport.freeYear(new java.util.concurrent.atomic.AtomicInteger(2960), year -> editions.createCohort(
                new NewCohort(year, LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31), "あかね編集室（保存期間のブラウザテスト）",
                        List.of(resident)))).id();
        new TransactionTemplate(transactions).executeWithoutResult(
                s -> retentionClock.onEditionDelivered(new EditionDelivered(0, cohort, delivered, true)));
        TestSupport.signOut();
        return cohort;
    }

    LocalDate today() {
        return JapaneseDates.today(clock);
    }
}
