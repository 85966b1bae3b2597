package jp.akapen.privacy.oversight.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Seed O3: a training counts for twelve months (the setting), and a session is recorded with what it was. */
class TrainingRulesTest {

    static final Period TWELVE_MONTHS = Period.ofMonths(12);
    static final LocalDate START = LocalDate.of(2026, 4, 1);

    @Test
    void a_training_counts_up_to_twelve_months_before_the_day_and_not_a_day_more() {
        assertThat(TrainingRules.isCurrent(LocalDate.of(2025, 4, 1), START, TWELVE_MONTHS)).isTrue();
        assertThat(TrainingRules.isCurrent(LocalDate.of(2025, 3, 31), START, TWELVE_MONTHS)).isFalse();
        assertThat(TrainingRules.isCurrent(START, START, TWELVE_MONTHS)).isTrue();
    }

    @Test
    void no_training_and_a_training_after_the_day_do_not_count_for_it() {
        assertThat(TrainingRules.isCurrent(null, START, TWELVE_MONTHS)).isFalse();
        assertThat(TrainingRules.isCurrent(START.plusDays(1), START, TWELVE_MONTHS)).isFalse();
    }

    @Test
    void a_shorter_setting_shortens_the_validity() {
        assertThat(TrainingRules.isCurrent(LocalDate.of(2025, 12, 1), START, Period.ofMonths(3))).isFalse();
        assertThat(TrainingRules.isCurrent(LocalDate.of(2026, 1, 1), START, Period.ofMonths(3))).isTrue();
    }

    @Test
    void a_session_needs_a_past_day_a_subject_a_material_and_attendees() {
        assertThat(TrainingRules.problems(new TrainingDraft(START.plusDays(1), " ", "", null, Set.of()), START))
                .containsExactly("training.error.date-future", "training.error.subject-missing",
                        "training.error.material-missing", "training.error.attendees-missing");
        assertThat(TrainingRules.problems(new TrainingDraft(START, "個人情報の取扱い", "特記事項の読み合わせ",
                "資料.pdf", Set.of(1L)), START)).isEmpty();
        assertThat(TrainingRules.problems(new TrainingDraft(null, "x".repeat(201), "x", "y".repeat(501), Set.of(1L)),
                START)).containsExactly("training.error.date-missing", "training.error.subject-long",
                        "training.error.link-long");
    }
}
