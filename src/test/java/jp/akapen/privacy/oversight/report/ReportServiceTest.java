package jp.akapen.privacy.oversight.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.privacy.VaultFixtures;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.LoggedRefusal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The ward asks, the handling manager answers with the portal's report, the ward downloads it (特記事項14, O1; issue 15). */
@AkapenSpringTest
class ReportServiceTest {

    @Autowired
    ReportService reports;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestSupport.MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private LocalDate today() {
        return JapaneseDates.today(clock);
    }

    private ReportRequest asked(String question) {
        TestSupport.signIn(users, "ward1");
        return reports.ask(question, today().plusDays(7));
    }

    @Test
    void the_managers_answer_attaches_a_japanese_pdf_and_a_csv_with_every_section_that_the_ward_downloads()
            throws IOException {
        var fixtures = new VaultFixtures(context);
        long before = fixtures.lastSeq();
        var request = asked("令和8年度上半期の取扱状況を報告してください");

        TestSupport.signIn(users, "manager");
        var open = reports.request(request.id());
        assertThat(open.actions()).containsExactly(ReportRequest.Action.ANSWER);
        var period = reports.defaultPeriod();
        var answered = reports.answer(request.id(), "別添のとおり報告します。", period.from(), period.to());
        assertThat(answered.answered()).isTrue();
        assertThat(answered.reportSha256()).hasSize(64);

        TestSupport.signIn(users, "ward1");
        String text;
        try (var pdf = Loader.loadPDF(reports.pdf(request.id()))) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("個人情報の取扱状況報告書", "別添のとおり報告します。", "取扱責任者及び取扱者の指定",
                "個人情報へのアクセス（監査ログより）", "個人情報の持出し", "保存期間と消去証明書");
        assertThat(text.indexOf("取扱責任者及び取扱者の指定")).isLessThan(text.indexOf("個人情報へのアクセス"));
        byte[] csv = reports.csv(request.id());
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("個人情報の取扱状況報告書", "時間外の閲覧",
                "返却期限");
        assertThat(fixtures.eventsAfter(before)).extracting(e -> e.action()).contains(
                AuditAction.OVERSIGHT_REPORT_REQUESTED.name(), AuditAction.OVERSIGHT_REPORT_ANSWERED.name(),
                AuditAction.OVERSIGHT_REPORT_DOWNLOADED.name());
    }

    @Test
    void a_request_is_answered_once() {
        var request = asked("一度だけ回答される依頼");
        TestSupport.signIn(users, "manager");
        reports.answer(request.id(), "回答します。", today().minusDays(30), today());

        assertThatThrownBy(() -> reports.answer(request.id(), "二度目", today().minusDays(30), today()))
                .isInstanceOf(ReportException.class).extracting("messageKeys")
                .asList().containsExactly("oversight.report.error.answered");
    }

    @Test
    void only_the_ward_asks_and_only_the_handling_manager_answers() {
        TestSupport.signIn(users, "manager");
        assertThatThrownBy(() -> reports.ask("自分で依頼", today().plusDays(3))).isInstanceOf(LoggedRefusal.class);

        var request = asked("区が回答することはできない");
        assertThatThrownBy(() -> reports.answer(request.id(), "区の回答", today().minusDays(1), today()))
                .isInstanceOf(LoggedRefusal.class);
    }

    @Test
    void a_handler_or_a_resident_can_neither_ask_nor_answer_nor_read_reports() {
        var request = asked("取扱者には見えない依頼");
        for (String user : new String[] {"handler1", "resident1", "staff1"}) {
            TestSupport.signIn(users, user);
            assertThatThrownBy(() -> reports.requests()).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.ask("依頼", today().plusDays(3))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.answer(request.id(), "回答", today(), today())).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.pdf(request.id())).as(user).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_request_unanswered_after_its_due_date_is_flagged_once_and_shown_overdue() {
        var request = asked("期限を過ぎる依頼");
        TestSupport.signOut();
        assertThat(reports.flagOverdue()).as("nothing of ours is overdue yet").isGreaterThanOrEqualTo(0);

        clock.advance(Duration.ofDays(8));
        assertThat(reports.flagOverdue()).isPositive();
        assertThat(reports.flagOverdue()).as("flagged once per request").isZero();

        TestSupport.signIn(users, "ward1");
        assertThat(reports.request(request.id()).overdue()).isTrue();
    }
}
