package jp.akapen.privacy.oversight.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.akapen.privacy.oversight.incident.IncidentDeadlines.Deadline;
import org.junit.jupiter.api.Test;

/** Seed O4: the APPI deadlines counted from the day an incident was found, and what a report must hold. */
class IncidentRulesTest {

    static final LocalDate FOUND = LocalDate.of(2026, 12, 1);

    @Test
    void the_preliminary_report_is_due_on_the_fifth_day_and_the_final_on_the_thirtieth() {
        var deadlines = IncidentDeadlines.of(FOUND, false);

        assertThat(deadlines.preliminaryDue()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(deadlines.finalDue()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void a_case_of_wrongful_purpose_gives_the_final_report_sixty_days() {
        assertThat(IncidentDeadlines.of(FOUND, true).finalDue()).isEqualTo(LocalDate.of(2027, 1, 30));
        assertThat(IncidentDeadlines.of(FOUND, true).preliminaryDue()).isEqualTo(LocalDate.of(2026, 12, 6));
    }

    @Test
    void the_days_left_count_down_to_zero_on_the_due_day_which_is_still_in_time() {
        var deadlines = IncidentDeadlines.of(FOUND, false);

        assertThat(deadlines.daysLeft(Deadline.PRELIMINARY, FOUND)).isEqualTo(5);
        assertThat(deadlines.daysLeft(Deadline.PRELIMINARY, FOUND.plusDays(5))).isZero();
        assertThat(deadlines.passed(Deadline.PRELIMINARY, FOUND.plusDays(5))).isFalse();
        assertThat(deadlines.passed(Deadline.PRELIMINARY, FOUND.plusDays(6))).isTrue();
        assertThat(deadlines.daysLeft(Deadline.PRELIMINARY, FOUND.plusDays(8))).isEqualTo(-3);
        assertThat(deadlines.passed(Deadline.FINAL, FOUND.plusDays(6))).isFalse();
    }

    @Test
    void a_report_needs_what_happened_a_past_finding_day_whose_data_and_a_count() {
        assertThat(IncidentRules.problems(new IncidentDraft(" ", FOUND.plusDays(1), "", null, false, null, false),
                FOUND)).containsExactly("incident.error.what-missing", "incident.error.found-future",
                        "incident.error.whose-missing", "incident.error.people-missing");
        assertThat(IncidentRules.problems(new IncidentDraft("名簿を誤送信", FOUND, "第3号の委員2名", -1, true, "", false),
                FOUND)).containsExactly("incident.error.people-range");
        assertThat(IncidentRules.problems(new IncidentDraft("名簿を誤送信", FOUND, "第3号の委員2名", 2, true, "回収", false),
                FOUND)).isEmpty();
    }

    @Test
    void a_step_lies_between_the_finding_and_today_and_has_a_text() {
        assertThat(IncidentRules.stepProblems(FOUND.minusDays(1), "速報", FOUND, FOUND.plusDays(3)))
                .containsExactly("incident.error.step-date-before-found");
        assertThat(IncidentRules.stepProblems(FOUND.plusDays(4), " ", FOUND, FOUND.plusDays(3)))
                .containsExactly("incident.error.step-date-future", "incident.error.step-text-missing");
        assertThat(IncidentRules.stepProblems(FOUND.plusDays(2), "区へ電話で速報", FOUND, FOUND.plusDays(3))).isEmpty();
    }

    @Test
    void the_state_follows_the_reports_in_and_closing() {
        assertThat(IncidentRules.state(false, false, false)).isEqualTo(IncidentState.AWAITING_PRELIMINARY);
        assertThat(IncidentRules.state(false, true, false)).isEqualTo(IncidentState.AWAITING_FINAL);
        assertThat(IncidentRules.state(false, true, true)).isEqualTo(IncidentState.FINAL_REPORTED);
        assertThat(IncidentRules.state(true, false, false)).isEqualTo(IncidentState.CLOSED);
    }
}
