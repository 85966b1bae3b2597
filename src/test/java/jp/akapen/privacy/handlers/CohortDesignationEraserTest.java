package jp.akapen.privacy.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14, D1: which designations a cohort's erasure ends. */
class CohortDesignationEraserTest {

    private static Designation from(LocalDate start, LocalDate end) {
        return new Designation(1, 2, start, end, 3, Instant.EPOCH, null, null);
    }

    @Test
    void a_designation_within_the_cohorts_fiscal_year_ends_with_its_erasure() {
        assertThat(CohortDesignationEraser.servesOnly(from(LocalDate.of(2030, 4, 1), LocalDate.of(2031, 3, 31)), 2030,
                List.of(2029, 2031))).isTrue();
    }

    @Test
    void a_designation_that_also_serves_a_cohort_still_kept_stays() {
        assertThat(CohortDesignationEraser.servesOnly(from(LocalDate.of(2030, 4, 1), null), 2030, List.of(2031)))
                .isFalse();
        assertThat(CohortDesignationEraser.servesOnly(from(LocalDate.of(2030, 4, 1), LocalDate.of(2031, 4, 1)), 2030,
                List.of(2031))).as("one day of the next fiscal year is enough").isFalse();
    }

    @Test
    void a_designation_of_another_year_is_not_the_cohorts() {
        assertThat(CohortDesignationEraser.servesOnly(from(LocalDate.of(2032, 4, 1), null), 2030, List.of()))
                .isFalse();
    }
}
