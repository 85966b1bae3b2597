package jp.akapen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.akapen.db.Tables.ACCOUNT;
import static jp.akapen.db.Tables.NOTICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.edition.EditionService;
import jp.akapen.edition.NewCohort;
import jp.akapen.lecture.LectureReminders;
import jp.akapen.mail.OutboxSender;
import jp.akapen.shared.JapaneseDates;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A lecture from schedule to check-in in Chromium (issue 13; W3, E4): handler1 schedules it for a cohort of three and
 * drafts the invitation, handler2 approves it (the resident has it in Bcc, the ward in Cc), two residents answer, the
 * reminder job (run here with a moved clock) reaches only the third, and a resident checks in with the venue's code.
 */
@AkapenSpringTest
class LectureEndToEndTest {

    static final String WARD = "ward-office@city.example.jp";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    OutboxSender sender;
    @Autowired
    GreenMail demoGreenMail;
    @Autowired
    LectureReminders reminders;
    @Autowired
    EditionService editions;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestSupport.MovableClock clock;
    @Autowired
    DSLContext db;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    long id(String username) {
        return db.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.USERNAME.eq(username)).fetchOne(ACCOUNT.ID);
    }

    String cohortOfThree(String contractor) {
        TestSupport.signIn(users, "ward1");
        var residents = List.of(id("resident1"), id("resident2"), id("resident3"));
        int year = TestSupport.freeYear(new java.util.concurrent.atomic.AtomicInteger(2800 + (int) (System.nanoTime() % 150)),
                y -> editions.createCohort(new NewCohort(y, LocalDate.of(y, 4, 1), LocalDate.of(y + 1, 3, 31), contractor,
                        residents)).fiscalYear());
        TestSupport.signOut();
        return JapaneseDates.fiscalYear(year, java.util.Locale.JAPANESE) + " " + contractor;
    }

    static void dateTime(Page page, String label, LocalDateTime at) {
        var picker = page.locator("vaadin-date-time-picker").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHas(page.locator("label", new Page.LocatorOptions().setHasText(label))));
        var date = picker.locator("vaadin-date-picker input");
        date.fill(DAY.format(at));
        date.press("Enter");
        var time = picker.locator("vaadin-time-picker input");
        time.fill(at.getHour() + ":" + String.format("%02d", at.getMinute()));
        time.press("Enter");
    }

    @Test
    void a_lecture_is_scheduled_announced_answered_reminded_and_checked_into() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String title = "聞き書き講座 " + tag;
        String cohort = cohortOfThree("講座の試験室 " + tag);
        LocalDateTime today = LocalDateTime.ofInstant(clock.instant(), JapaneseDates.ZONE);
        LocalDateTime start = today.toLocalDate().plusDays(3).atTime(14, 0);
        LocalDateTime deadline = today.toLocalDate().plusDays(2).atTime(17, 0);
        String lecturePath;
        try (BrowserContext h1 = browser.person("ja-JP"); BrowserContext h2 = browser.person("ja-JP");
                BrowserContext r1 = browser.person("ja-JP"); BrowserContext r2 = browser.person("ja-JP")) {
            Page handler = browser.signedIn(h1, "lectures", "handler1");
            handler.getByRole(AriaRole.BUTTON, named("講座・会議を予定する")).click();
            var cohortBox = handler.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("年度"));
            cohortBox.fill(cohort);
            handler.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(cohort)).click();
            handler.getByLabel("題名").fill(title);
            handler.getByLabel("場所").fill("区民センター第2会議室");
            dateTime(handler, "開始", start);
            dateTime(handler, "終了", start.plusHours(2));
            dateTime(handler, "出欠の回答期限", deadline);
            handler.getByRole(AriaRole.BUTTON, named("保存する")).click();
            assertThat(handler).hasURL(Pattern.compile(".*/lectures/[0-9]+$"));
            lecturePath = handler.url().substring(handler.url().indexOf("lectures/"));
            assertThat(handler.getByText("令和", new Page.GetByTextOptions()).first()).isVisible();

            handler.getByRole(AriaRole.BUTTON, named("案内メールを作成")).click();
            assertThat(handler.getByText("承認を依頼しました。", new Page.GetByTextOptions()).first()).isVisible();
            String mailPath = handler.getByRole(AriaRole.LINK, named("メールを開く")).getAttribute("href");

            Page approver = browser.signedIn(h2, mailPath, "handler2");
            approver.getByRole(AriaRole.BUTTON, named("承認して送信")).click();
            assertThat(approver.getByText("承認しました。まもなく送信されます。")).isVisible();
            sender.sendDue();
            MimeMessage atResident = only(inbox("resident1@example.jp", title));
            assertThat(atResident.getHeader("Cc", ",")).isEqualTo(WARD);
            assertThat(atResident.getHeader("Bcc")).isNull();
            assertThat(noticed("lecture.notice.invitation", lecturePath)).containsExactlyInAnyOrder(id("resident1"),
                    id("resident2"), id("resident3"));

            Page first = answer(browser.signedIn(r1, lecturePath, "resident1"), "出席");
            answer(browser.signedIn(r2, lecturePath, "resident2"), "欠席");

            clock.advance(Duration.ofDays(1));
            reminders.remindDue();
            assertThat(noticed("lecture.notice.reminder", lecturePath)).containsExactly(id("resident3"));

            clock.advance(Duration.between(clock.instant(),
                    start.minusMinutes(10).atZone(JapaneseDates.ZONE).toInstant()));
            handler.reload();
            handler.getByRole(AriaRole.BUTTON, named("受付コードを表示する")).click();
            String code = handler.locator(".lecture-checkin-code").textContent().strip();
            first.reload();
            first.getByLabel("会場に表示された受付コード").fill(code);
            first.getByRole(AriaRole.BUTTON, named("出席を登録する")).click();
            assertThat(first.getByText("出席を受け付けました。").first()).isVisible();
        }
    }

    static Page answer(Page page, String choice) {
        page.locator("vaadin-radio-button").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(choice)).click();
        page.getByRole(AriaRole.BUTTON, named("回答する")).click();
        assertThat(page.getByText("回答を保存しました。")).isVisible();
        return page;
    }

    List<Long> noticed(String key, String link) {
        return db.select(NOTICE.RECIPIENT_ACCOUNT_ID).from(NOTICE)
                .where(NOTICE.MESSAGE_KEY.eq(key), NOTICE.LINK.eq(link)).fetch(NOTICE.RECIPIENT_ACCOUNT_ID);
    }

    List<MimeMessage> inbox(String address, String title) {
        return demoGreenMail.findReceivedMessages(u -> u.getEmail().equalsIgnoreCase(address), m -> true)
                .filter(m -> MailFourEyesEndToEndTest.subjectOf(m).contains(title)).toList();
    }

    static MimeMessage only(List<MimeMessage> messages) {
        assertThat(messages).hasSize(1);
        return messages.getFirst();
    }
}
