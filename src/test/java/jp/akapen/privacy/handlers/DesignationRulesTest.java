package jp.akapen.privacy.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The register's rules without Spring (seed P2). */
@DisplayName("Handler register rules (P2)")
class DesignationRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static Designation held(LocalDate start, LocalDate end) {
        return new Designation(1, 7, start, end, 2, Instant.parse("2026-04-01T00:00:00Z"), null, null);
    }

    static Designation endedEarly(LocalDate start, LocalDate end) {
        return new Designation(1, 7, start, end, 2, Instant.parse("2026-04-01T00:00:00Z"), 2L,
                Instant.parse("2026-11-20T01:00:00Z"));
    }

    @Test
    void a_period_from_today_with_or_without_an_end_is_accepted_for_someone_without_designations() {
        assertThat(DesignationRules.problems(TODAY, null, TODAY, List.of())).isEmpty();
        assertThat(DesignationRules.problems(TODAY, TODAY, TODAY, List.of())).isEmpty();
        assertThat(DesignationRules.problems(TODAY.plusDays(3), TODAY.plusMonths(4), TODAY, List.of())).isEmpty();
    }

    @Test
    void a_designation_cannot_be_backdated() {
        assertThat(DesignationRules.problems(TODAY.minusDays(1), null, TODAY, List.of()))
                .containsExactly("handlers.error.start-past");
    }

    @Test
    void an_end_before_the_start_is_refused_and_a_missing_start_too() {
        assertThat(DesignationRules.problems(TODAY.plusDays(5), TODAY.plusDays(4), TODAY, List.of()))
                .containsExactly("handlers.error.end-before-start");
        assertThat(DesignationRules.problems(null, TODAY, TODAY, List.of()))
                .containsExactly("handlers.error.start-missing");
    }

    @Test
    void days_shared_with_a_designation_that_is_still_held_are_refused() {
        var openEnded = held(TODAY.minusMonths(2), null);
        assertThat(DesignationRules.problems(TODAY.plusYears(1), null, TODAY, List.of(openEnded)))
                .containsExactly("handlers.error.overlap");
        var untilMonthEnd = held(TODAY.minusMonths(2), TODAY.withDayOfMonth(30));
        assertThat(DesignationRules.problems(TODAY, TODAY.plusDays(1), TODAY, List.of(untilMonthEnd)))
                .containsExactly("handlers.error.overlap");
        var upcoming = held(TODAY.plusDays(10), TODAY.plusDays(20));
        assertThat(DesignationRules.problems(TODAY, null, TODAY, List.of(upcoming)))
                .as("an open-ended new one reaches the upcoming one").containsExactly("handlers.error.overlap");
        assertThat(DesignationRules.problems(TODAY.plusDays(20), TODAY.plusDays(25), TODAY, List.of(upcoming)))
                .as("sharing the last day is sharing a day").containsExactly("handlers.error.overlap");
    }

    @Test
    void periods_that_follow_each_other_do_not_overlap() {
        var untilMonthEnd = held(TODAY.minusMonths(2), TODAY.withDayOfMonth(30));
        assertThat(DesignationRules.problems(TODAY.withDayOfMonth(30).plusDays(1), null, TODAY, List.of(untilMonthEnd)))
                .isEmpty();
        var upcoming = held(TODAY.plusDays(10), TODAY.plusDays(20));
        assertThat(DesignationRules.problems(TODAY, TODAY.plusDays(9), TODAY, List.of(upcoming))).isEmpty();
    }

    @Test
    void a_designation_ended_today_leaves_room_for_a_new_one_from_today() {
        var ended = endedEarly(TODAY.minusMonths(2), TODAY);
        assertThat(DesignationRules.problems(TODAY, null, TODAY, List.of(ended))).isEmpty();
    }

    @Test
    void ending_moves_the_last_day_to_today_once_begun_and_keeps_an_upcoming_ones_days() {
        assertThat(DesignationRules.endsOnWhenEnded(held(TODAY.minusDays(3), null), TODAY)).isEqualTo(TODAY);
        assertThat(DesignationRules.endsOnWhenEnded(held(TODAY, TODAY.plusDays(30)), TODAY)).isEqualTo(TODAY);
        assertThat(DesignationRules.endsOnWhenEnded(held(TODAY.plusDays(3), TODAY.plusDays(9)), TODAY))
                .isEqualTo(TODAY.plusDays(9));
        assertThat(DesignationRules.endsOnWhenEnded(held(TODAY.plusDays(3), null), TODAY)).isNull();
    }

    @Test
    void the_status_follows_the_days_and_an_ending_counts_at_once() {
        assertThat(held(TODAY, null).statusOn(TODAY)).isEqualTo(DesignationStatus.ACTIVE);
        assertThat(held(TODAY.minusDays(5), TODAY).statusOn(TODAY)).isEqualTo(DesignationStatus.ACTIVE);
        assertThat(held(TODAY.minusDays(5), TODAY.minusDays(1)).statusOn(TODAY)).isEqualTo(DesignationStatus.ENDED);
        assertThat(held(TODAY.plusDays(1), null).statusOn(TODAY)).isEqualTo(DesignationStatus.UPCOMING);
        assertThat(endedEarly(TODAY.minusDays(5), TODAY).statusOn(TODAY)).isEqualTo(DesignationStatus.ENDED);
        assertThat(endedEarly(TODAY.plusDays(5), null).statusOn(TODAY)).isEqualTo(DesignationStatus.ENDED);
    }

    @Test
    void a_designation_needs_a_training_within_twelve_months_before_its_start_and_says_which_is_missing() {
        LocalDate start = LocalDate.of(2026, 4, 1);
        java.time.Period twelveMonths = java.time.Period.ofMonths(12);

        assertThat(DesignationRules.trainingProblem(start, null, twelveMonths)).contains("handlers.error.untrained");
        assertThat(DesignationRules.trainingProblem(start, LocalDate.of(2025, 3, 31), twelveMonths))
                .contains("handlers.error.training-old");
        assertThat(DesignationRules.trainingProblem(start, LocalDate.of(2025, 4, 1), twelveMonths)).isEmpty();
    }
}
