package jp.akapen.privacy.oversight.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules of a report request (特記事項14, O1): its due date, when it is overdue, and the period a report covers. */
class ReportRulesTest {

    static final LocalDate TODAY = LocalDate.of(2027, 2, 10);

    @Test
    void a_request_needs_a_question_and_a_due_date_from_tomorrow_to_a_year_ahead() {
        assertThat(ReportRules.questionProblems(" ", null, TODAY))
                .containsExactly("oversight.report.error.question", "oversight.report.error.due");
        assertThat(ReportRules.questionProblems("状況を報告してください", TODAY, TODAY))
                .containsExactly("oversight.report.error.due-past");
        assertThat(ReportRules.questionProblems("状況を報告してください", TODAY.plusDays(366), TODAY))
                .containsExactly("oversight.report.error.due-far");
        assertThat(ReportRules.questionProblems("状況を報告してください", TODAY.plusDays(1), TODAY)).isEmpty();
    }

    @Test
    void a_request_is_overdue_from_the_day_after_its_due_date_until_it_is_answered() {
        LocalDate due = TODAY;
        assertThat(ReportRules.overdue(due, false, due)).isFalse();
        assertThat(ReportRules.overdue(due, false, due.plusDays(1))).isTrue();
        assertThat(ReportRules.overdue(due, true, due.plusDays(1))).isFalse();
    }

    @Test
    void an_answer_covers_a_period_that_ends_by_today_and_starts_before_it_ends() {
        assertThat(ReportRules.answerProblems("回答", TODAY, TODAY.minusDays(1), TODAY))
                .containsExactly("oversight.report.error.period-order");
        assertThat(ReportRules.answerProblems("回答", TODAY, TODAY.plusDays(1), TODAY))
                .containsExactly("oversight.report.error.period-future");
        assertThat(ReportRules.answerProblems("", null, TODAY, TODAY))
                .containsExactly("oversight.report.error.answer", "oversight.report.error.period");
    }

    @Test
    void the_first_report_of_a_fiscal_year_covers_the_year_so_far() {
        assertThat(ReportRules.defaultPeriod(TODAY, null))
                .isEqualTo(new ReportRules.Period(LocalDate.of(2026, 4, 1), TODAY));
        assertThat(ReportRules.defaultPeriod(TODAY, LocalDate.of(2026, 3, 31)))
                .isEqualTo(new ReportRules.Period(LocalDate.of(2026, 4, 1), TODAY));
    }

    @Test
    void a_later_report_starts_the_day_after_the_last_one_ended() {
        assertThat(ReportRules.defaultPeriod(TODAY, LocalDate.of(2026, 12, 31)))
                .isEqualTo(new ReportRules.Period(LocalDate.of(2027, 1, 1), TODAY));
        // a report already made today: the next one covers the fiscal year again rather than no day at all
        assertThat(ReportRules.defaultPeriod(TODAY, TODAY))
                .isEqualTo(new ReportRules.Period(LocalDate.of(2026, 4, 1), TODAY));
    }
}
