package jp.akapen.privacy.oversight.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The annual audit's rules: the year, the last-quarter notice, findings and who moves them on (O2; issue 15). */
class InspectionRulesTest {

    @Test
    void the_missing_audit_notice_is_due_from_the_first_of_january_until_the_fiscal_year_ends() {
        assertThat(InspectionRules.missingAuditNoticeDue(LocalDate.of(2026, 12, 31), false, false)).isFalse();
        assertThat(InspectionRules.missingAuditNoticeDue(LocalDate.of(2027, 1, 1), false, false)).isTrue();
        assertThat(InspectionRules.missingAuditNoticeDue(LocalDate.of(2027, 3, 31), false, false)).isTrue();
        assertThat(InspectionRules.missingAuditNoticeDue(LocalDate.of(2027, 4, 1), false, false)).isFalse();
    }

    @Test
    void the_notice_is_not_due_once_the_audit_started_or_the_notice_was_sent() {
        assertThat(InspectionRules.missingAuditNoticeDue(LocalDate.of(2027, 2, 1), true, false)).isFalse();
        assertThat(InspectionRules.missingAuditNoticeDue(LocalDate.of(2027, 2, 1), false, true)).isFalse();
    }

    @Test
    void an_audit_is_for_this_fiscal_year_or_an_earlier_one_never_one_not_begun() {
        LocalDate march = LocalDate.of(2027, 3, 31);
        assertThat(InspectionRules.fiscalYearOf(march)).isEqualTo(2026);
        assertThat(InspectionRules.yearProblem(2026, march)).isNull();
        assertThat(InspectionRules.yearProblem(2025, march)).isNull();
        assertThat(InspectionRules.yearProblem(2027, march)).isEqualTo("oversight.audit.error.year-future");
    }

    @Test
    void a_finding_needs_its_text_a_corrective_action_an_owner_and_a_due_date_after_today() {
        LocalDate today = LocalDate.of(2027, 2, 1);
        assertThat(InspectionRules.findingProblems("", " ", null, today, today)).containsExactly(
                "oversight.audit.error.finding", "oversight.audit.error.action", "oversight.audit.error.owner",
                "oversight.audit.error.due-past");
        assertThat(InspectionRules.findingProblems("鍵の管理簿がない", "管理簿を作る", 7L, today.plusDays(30), today))
                .isEmpty();
    }

    @Test
    void the_owner_reports_an_open_finding_done_and_only_ward_staff_close_a_done_one() {
        assertThat(InspectionRules.mayReportDone(FindingState.OPEN, true, false)).isTrue();
        assertThat(InspectionRules.mayReportDone(FindingState.OPEN, false, false)).isFalse();
        assertThat(InspectionRules.mayReportDone(FindingState.DONE, true, true)).isFalse();
        assertThat(InspectionRules.mayClose(FindingState.DONE, true)).isTrue();
        assertThat(InspectionRules.mayClose(FindingState.OPEN, true)).isFalse();
        assertThat(InspectionRules.mayClose(FindingState.DONE, false)).isFalse();
    }

    @Test
    void a_result_of_needs_improvement_requires_a_note_and_others_do_not() {
        assertThat(InspectionRules.noteProblem(" ", true)).isEqualTo("oversight.audit.error.note");
        assertThat(InspectionRules.noteProblem(null, false)).isNull();
        assertThat(InspectionRules.noteProblem("x".repeat(1001), false)).isEqualTo("oversight.audit.error.text-long");
    }
}
