package jp.akapen.privacy.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetentionRulesTest {

    static final LocalDate DELIVERED = LocalDate.of(2027, 3, 10);

    @Test
    void a_period_of_thirty_days_from_the_delivery_is_due_thirty_days_later_and_counts_down_to_zero_on_the_day() {
        LocalDate due = RetentionRules.due(DELIVERED, 30);

        assertThat(due).isEqualTo(LocalDate.of(2027, 4, 9));
        assertThat(RetentionRules.daysLeft(due, DELIVERED)).isEqualTo(30);
        assertThat(RetentionRules.daysLeft(due, due)).isZero();
        assertThat(RetentionRules.daysLeft(due, due.plusDays(2))).isEqualTo(-2);
    }

    @Test
    void a_running_period_awaits_the_manager_from_its_due_date_on_and_a_held_one_never_does() {
        LocalDate due = LocalDate.of(2027, 4, 9);

        assertThat(RetentionRules.effective(RetentionState.RUNNING, due, due.minusDays(1))).isEqualTo(RetentionState.RUNNING);
        assertThat(RetentionRules.effective(RetentionState.RUNNING, due, due)).isEqualTo(RetentionState.AWAITING_MANAGER);
        assertThat(RetentionRules.effective(RetentionState.EXTENDED, due, due.plusDays(5)))
                .isEqualTo(RetentionState.AWAITING_MANAGER);
        assertThat(RetentionRules.effective(RetentionState.HELD, null, due.plusDays(5))).isEqualTo(RetentionState.HELD);
    }

    @Test
    void releasing_a_hold_resumes_the_clock_with_the_days_that_were_left_so_held_days_never_count() {
        LocalDate due = LocalDate.of(2027, 4, 9);
        int kept = RetentionRules.daysLeftAtHold(due, LocalDate.of(2027, 3, 30));

        assertThat(kept).isEqualTo(10);
        assertThat(RetentionRules.dueAfterRelease(LocalDate.of(2027, 6, 1), kept)).isEqualTo(LocalDate.of(2027, 6, 11));
        assertThat(RetentionRules.daysLeftAtHold(due, due.plusDays(3))).as("held after the due date: nothing left")
                .isZero();
    }

    @Test
    void an_extension_must_be_later_than_the_current_date_and_than_today() {
        LocalDate today = LocalDate.of(2027, 4, 1);
        LocalDate due = LocalDate.of(2027, 4, 9);

        assertThat(RetentionRules.refuseNewDue(due, due, today)).contains("retention.refused.date-not-later");
        assertThat(RetentionRules.refuseNewDue(today, null, today)).contains("retention.refused.date-not-after-today");
        assertThat(RetentionRules.refuseNewDue(null, due, today)).contains("retention.refused.date-required");
        assertThat(RetentionRules.refuseNewDue(due.plusDays(1), due, today)).isEmpty();
        assertThat(RetentionRules.refuseNewDue(today.plusDays(1), null, today)).as("from a hold: any day after today")
                .isEmpty();
    }

    @Test
    void a_decision_needs_a_reason_in_words_of_at_most_a_thousand_characters() {
        assertThat(RetentionRules.refuseReason("  ")).contains("retention.refused.reason-required");
        assertThat(RetentionRules.refuseReason(null)).contains("retention.refused.reason-required");
        assertThat(RetentionRules.refuseReason("あ".repeat(1001))).contains("retention.refused.reason-too-long");
        assertThat(RetentionRules.refuseReason("監査のため保存を延長")).isEmpty();
    }

    @Test
    void only_the_manager_confirms_and_only_the_ward_approves_and_each_only_in_its_stage() {
        assertThat(RetentionRules.refuseStep(false, RetentionState.AWAITING_MANAGER, RetentionAction.CONFIRM)).isEmpty();
        assertThat(RetentionRules.refuseStep(true, RetentionState.AWAITING_MANAGER, RetentionAction.CONFIRM))
                .contains("retention.refused.manager-only");
        assertThat(RetentionRules.refuseStep(false, RetentionState.RUNNING, RetentionAction.CONFIRM))
                .contains("retention.refused.state.running");
        assertThat(RetentionRules.refuseStep(false, RetentionState.AWAITING_WARD, RetentionAction.APPROVE))
                .contains("retention.refused.ward-only");
        assertThat(RetentionRules.refuseStep(true, RetentionState.AWAITING_WARD, RetentionAction.APPROVE)).isEmpty();
        assertThat(RetentionRules.refuseStep(true, RetentionState.APPROVED, RetentionAction.HOLD))
                .contains("retention.refused.state.approved");
        assertThat(RetentionRules.refuseStep(true, RetentionState.RUNNING, RetentionAction.RELEASE))
                .contains("retention.refused.state.running");
        assertThat(RetentionRules.actions(true, RetentionState.HELD))
                .containsExactlyInAnyOrder(RetentionAction.EXTEND, RetentionAction.RELEASE);
        assertThat(RetentionRules.actions(false, RetentionState.RUNNING)).isEmpty();
    }

    @Test
    void notices_go_at_fourteen_seven_and_one_days_and_on_the_due_date_and_a_late_start_gets_the_one_it_missed() {
        assertThat(RetentionRules.noticeDue(15)).isEmpty();
        assertThat(RetentionRules.noticeDue(14)).hasValue(14);
        assertThat(RetentionRules.noticeDue(8)).as("started late: the 14-day notice, now").hasValue(14);
        assertThat(RetentionRules.noticeDue(5)).hasValue(7);
        assertThat(RetentionRules.noticeDue(7)).hasValue(7);
        assertThat(RetentionRules.noticeDue(1)).hasValue(1);
        assertThat(RetentionRules.noticeDue(0)).hasValue(0);
        assertThat(RetentionRules.noticeDue(-4)).hasValue(0);
    }

    @Test
    void the_grace_period_counts_from_the_confirmation_and_is_off_unless_configured() {
        Instant confirmed = Instant.parse("2027-04-10T01:00:00Z");

        assertThat(RetentionRules.graceOver(confirmed, Duration.ofDays(7), confirmed.plus(Duration.ofDays(7)))).isTrue();
        assertThat(RetentionRules.graceOver(confirmed, Duration.ofDays(7), confirmed.plus(Duration.ofHours(167))))
                .isFalse();
        assertThat(RetentionRules.graceOver(confirmed, null, confirmed.plus(Duration.ofDays(999)))).isFalse();
        assertThat(RetentionRules.graceOver(confirmed, Duration.ZERO, confirmed.plus(Duration.ofDays(999)))).isFalse();
    }
}
