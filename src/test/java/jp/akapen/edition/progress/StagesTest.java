package jp.akapen.edition.progress;

import static jp.akapen.edition.progress.MilestoneKind.DELIVERY;
import static jp.akapen.edition.progress.MilestoneKind.DESIGN_PROOF;
import static jp.akapen.edition.progress.MilestoneKind.DRAFT_DUE;
import static jp.akapen.edition.progress.MilestoneKind.FINAL_TEXT_DUE;
import static jp.akapen.edition.progress.MilestoneKind.FIRST_CORRECTION_DUE;
import static jp.akapen.edition.progress.MilestoneKind.PRINT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import jp.akapen.manuscript.ArticleManuscript;
import jp.akapen.manuscript.ManuscriptStatus;
import jp.akapen.manuscript.RoundStatus;
import org.junit.jupiter.api.Test;

class StagesTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    static final Instant SINCE = Instant.parse("2026-05-10T01:00:00Z");

    static final Map<MilestoneKind, LocalDate> SCHEDULE = Map.of(
            DRAFT_DUE, LocalDate.of(2026, 5, 1),
            FIRST_CORRECTION_DUE, LocalDate.of(2026, 5, 15),
            FINAL_TEXT_DUE, LocalDate.of(2026, 6, 1),
            DESIGN_PROOF, LocalDate.of(2026, 6, 10),
            PRINT, LocalDate.of(2026, 6, 25),
            DELIVERY, LocalDate.of(2026, 7, 1));

    static ArticleManuscript manuscript(ManuscriptStatus status, int versions, int round, boolean anotherRound,
            LocalDate roundDue) {
        RoundStatus roundStatus = round == 0 ? null : switch (status) {
            case IN_CORRECTION -> RoundStatus.OPEN;
            case IN_REVIEW -> RoundStatus.RETURNED;
            default -> RoundStatus.REVIEWED;
        };
        return new ArticleManuscript(7, 70, 700, status, anotherRound, versions, round, roundStatus, roundDue, SINCE,
                SINCE);
    }

    static Map<MilestoneKind, LocalDate> without(MilestoneKind... kinds) {
        var map = new EnumMap<>(SCHEDULE);
        for (MilestoneKind kind : kinds) {
            map.remove(kind);
        }
        return map;
    }

    // DELIVERED

    @Test
    void a_delivered_edition_makes_every_article_delivered_since_the_start_of_that_day_in_tokyo() {
        var view = Stages.of(manuscript(ManuscriptStatus.FINAL, 3, 2, false, null), SCHEDULE,
                LocalDate.of(2026, 7, 1), TODAY);
        assertThat(view).isEqualTo(new StageView(Stage.DELIVERED, 2, Instant.parse("2026-06-30T15:00:00Z"), null, null));
    }

    @Test
    void delivery_wins_even_over_an_article_without_a_manuscript() {
        var view = Stages.of(null, SCHEDULE, LocalDate.of(2026, 7, 1), TODAY);
        assertThat(view.stage()).isEqualTo(Stage.DELIVERED);
        assertThat(view.round()).isZero();
        assertThat(view.nextDue()).isNull();
        assertThat(Stages.overdue(view, TODAY.plusYears(1))).isFalse();
    }

    // NOT_STARTED

    @Test
    void an_article_without_a_manuscript_is_not_started_and_due_at_the_draft_date() {
        assertThat(Stages.of(null, SCHEDULE, null, TODAY))
                .isEqualTo(new StageView(Stage.NOT_STARTED, 0, null, LocalDate.of(2026, 5, 1), DRAFT_DUE));
    }

    @Test
    void a_manuscript_without_versions_is_not_started_since_its_status_date() {
        assertThat(Stages.of(manuscript(ManuscriptStatus.DRAFTING, 0, 0, false, null), SCHEDULE, null, TODAY))
                .isEqualTo(new StageView(Stage.NOT_STARTED, 0, SINCE, LocalDate.of(2026, 5, 1), DRAFT_DUE));
    }

    @Test
    void a_missing_milestone_gives_no_due_date_and_no_kind() {
        var view = Stages.of(null, without(DRAFT_DUE), null, TODAY);
        assertThat(view.nextDue()).isNull();
        assertThat(view.nextDueKind()).isNull();
        assertThat(Stages.overdue(view, TODAY)).isFalse();
    }

    @Test
    void no_schedule_at_all_counts_as_an_empty_one() {
        assertThat(Stages.of(null, null, null, TODAY)).isEqualTo(new StageView(Stage.NOT_STARTED, 0, null, null, null));
        assertThat(Stages.of(null, Map.of(), null, TODAY)).isEqualTo(new StageView(Stage.NOT_STARTED, 0, null, null, null));
    }

    // DRAFTING

    @Test
    void a_first_draft_is_submitted_and_due_for_first_correction() {
        assertThat(Stages.of(manuscript(ManuscriptStatus.DRAFTING, 1, 0, false, null), SCHEDULE, null, TODAY))
                .isEqualTo(new StageView(Stage.DRAFT_SUBMITTED, 0, SINCE, LocalDate.of(2026, 5, 15),
                        FIRST_CORRECTION_DUE));
    }

    @Test
    void a_draft_after_a_round_with_another_round_requested_waits_for_the_contractor_until_the_final_text_date() {
        assertThat(Stages.of(manuscript(ManuscriptStatus.DRAFTING, 3, 1, true, LocalDate.of(2026, 5, 12)), SCHEDULE,
                null, TODAY))
                .isEqualTo(new StageView(Stage.DRAFT_SUBMITTED, 1, SINCE, LocalDate.of(2026, 6, 1), FINAL_TEXT_DUE));
    }

    @Test
    void a_draft_after_a_round_without_another_round_requested_is_with_the_resident() {
        assertThat(Stages.of(manuscript(ManuscriptStatus.DRAFTING, 3, 2, false, LocalDate.of(2026, 5, 12)), SCHEDULE,
                null, TODAY))
                .isEqualTo(new StageView(Stage.WITH_RESIDENT, 2, SINCE, LocalDate.of(2026, 6, 1), FINAL_TEXT_DUE));
    }

    @Test
    void a_first_draft_is_submitted_even_if_another_round_was_somehow_requested() {
        assertThat(Stages.of(manuscript(ManuscriptStatus.DRAFTING, 1, 0, true, null), SCHEDULE, null, TODAY).nextDueKind())
                .isEqualTo(FIRST_CORRECTION_DUE);
    }

    // IN_CORRECTION

    @Test
    void a_manuscript_in_its_second_round_is_in_correction_with_the_rounds_due_date() {
        LocalDate roundDue = LocalDate.of(2026, 5, 22);
        assertThat(Stages.of(manuscript(ManuscriptStatus.IN_CORRECTION, 2, 2, false, roundDue), SCHEDULE, null, TODAY))
                .isEqualTo(new StageView(Stage.IN_CORRECTION, 2, SINCE, roundDue, null));
    }

    @Test
    void a_round_without_its_own_due_date_is_due_at_the_first_correction_date() {
        assertThat(Stages.of(manuscript(ManuscriptStatus.IN_CORRECTION, 1, 1, false, null), SCHEDULE, null, TODAY))
                .isEqualTo(new StageView(Stage.IN_CORRECTION, 1, SINCE, LocalDate.of(2026, 5, 15),
                        FIRST_CORRECTION_DUE));
    }

    @Test
    void a_round_without_a_due_date_in_an_edition_without_a_first_correction_date_has_no_due_date() {
        var view = Stages.of(manuscript(ManuscriptStatus.IN_CORRECTION, 1, 1, false, null),
                without(FIRST_CORRECTION_DUE), null, TODAY);
        assertThat(view).isEqualTo(new StageView(Stage.IN_CORRECTION, 1, SINCE, null, null));
    }

    // IN_REVIEW

    @Test
    void a_returned_round_is_with_the_resident_until_the_final_text_date() {
        assertThat(Stages.of(manuscript(ManuscriptStatus.IN_REVIEW, 2, 1, false, LocalDate.of(2026, 5, 12)), SCHEDULE,
                null, TODAY))
                .isEqualTo(new StageView(Stage.WITH_RESIDENT, 1, SINCE, LocalDate.of(2026, 6, 1), FINAL_TEXT_DUE));
    }

    // FINAL and IN_LAYOUT

    @Test
    void a_final_text_before_the_design_proof_date_is_final_and_due_at_the_design_proof() {
        assertThat(Stages.of(manuscript(ManuscriptStatus.FINAL, 3, 2, false, null), SCHEDULE, null, TODAY))
                .isEqualTo(new StageView(Stage.FINAL, 2, SINCE, LocalDate.of(2026, 6, 10), DESIGN_PROOF));
    }

    @Test
    void a_final_text_in_an_edition_without_a_design_proof_date_stays_final_without_a_due_date() {
        assertThat(Stages.of(manuscript(ManuscriptStatus.FINAL, 3, 2, false, null), without(DESIGN_PROOF), null,
                LocalDate.of(2026, 12, 1)))
                .isEqualTo(new StageView(Stage.FINAL, 2, SINCE, null, null));
    }

    @Test
    void on_the_design_proof_date_a_final_text_is_in_layout_since_that_day_in_tokyo_and_due_for_print() {
        assertThat(Stages.of(manuscript(ManuscriptStatus.FINAL, 3, 2, false, null), SCHEDULE, null,
                LocalDate.of(2026, 6, 10)))
                .isEqualTo(new StageView(Stage.IN_LAYOUT, 2, Instant.parse("2026-06-09T15:00:00Z"),
                        LocalDate.of(2026, 6, 25), PRINT));
    }

    @Test
    void on_the_print_date_the_layout_is_still_due_for_print() {
        var view = Stages.of(manuscript(ManuscriptStatus.FINAL, 3, 2, false, null), SCHEDULE, null,
                LocalDate.of(2026, 6, 25));
        assertThat(view.nextDue()).isEqualTo(LocalDate.of(2026, 6, 25));
        assertThat(view.nextDueKind()).isEqualTo(PRINT);
    }

    @Test
    void after_the_print_date_the_layout_is_due_for_delivery() {
        var view = Stages.of(manuscript(ManuscriptStatus.FINAL, 3, 2, false, null), SCHEDULE, null,
                LocalDate.of(2026, 6, 26));
        assertThat(view.nextDue()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(view.nextDueKind()).isEqualTo(DELIVERY);
    }

    @Test
    void after_the_delivery_date_without_confirmed_delivery_the_layout_stays_due_at_delivery_and_is_overdue() {
        LocalDate today = LocalDate.of(2026, 7, 3);
        var view = Stages.of(manuscript(ManuscriptStatus.FINAL, 3, 2, false, null), SCHEDULE, null, today);
        assertThat(view.stage()).isEqualTo(Stage.IN_LAYOUT);
        assertThat(view.nextDue()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(view.nextDueKind()).isEqualTo(DELIVERY);
        assertThat(Stages.overdue(view, today)).isTrue();
    }

    @Test
    void a_layout_without_a_print_date_is_due_for_delivery() {
        var view = Stages.of(manuscript(ManuscriptStatus.FINAL, 3, 2, false, null), without(PRINT), null,
                LocalDate.of(2026, 6, 12));
        assertThat(view.nextDue()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(view.nextDueKind()).isEqualTo(DELIVERY);
    }

    @Test
    void a_layout_past_its_print_date_without_a_delivery_date_has_no_due_date() {
        var view = Stages.of(manuscript(ManuscriptStatus.FINAL, 3, 2, false, null), without(DELIVERY), null,
                LocalDate.of(2026, 6, 26));
        assertThat(view).isEqualTo(new StageView(Stage.IN_LAYOUT, 2, Instant.parse("2026-06-09T15:00:00Z"), null, null));
    }

    @Test
    void a_layout_without_print_and_delivery_dates_has_no_due_date() {
        var view = Stages.of(manuscript(ManuscriptStatus.FINAL, 3, 2, false, null), without(PRINT, DELIVERY), null,
                LocalDate.of(2026, 6, 12));
        assertThat(view.stage()).isEqualTo(Stage.IN_LAYOUT);
        assertThat(view.nextDue()).isNull();
        assertThat(view.nextDueKind()).isNull();
    }

    // overdue

    @Test
    void a_due_date_of_today_is_not_overdue() {
        var view = new StageView(Stage.IN_CORRECTION, 1, SINCE, TODAY, null);
        assertThat(Stages.overdue(view, TODAY)).isFalse();
    }

    @Test
    void the_day_after_the_due_date_is_overdue() {
        var view = new StageView(Stage.IN_CORRECTION, 1, SINCE, TODAY, null);
        assertThat(Stages.overdue(view, TODAY.plusDays(1))).isTrue();
    }

    @Test
    void a_view_without_a_due_date_is_never_overdue() {
        assertThat(Stages.overdue(new StageView(Stage.FINAL, 2, SINCE, null, null), LocalDate.MAX)).isFalse();
    }

    @Test
    void an_article_not_started_is_overdue_the_day_after_the_draft_date() {
        assertThat(Stages.overdue(Stages.of(null, SCHEDULE, null, TODAY), LocalDate.of(2026, 5, 1))).isFalse();
        assertThat(Stages.overdue(Stages.of(null, SCHEDULE, null, TODAY), LocalDate.of(2026, 5, 2))).isTrue();
    }

    // daysInStage

    @Test
    void days_in_stage_count_tokyo_dates_so_half_past_three_utc_is_already_the_next_day() {
        var view = new StageView(Stage.IN_CORRECTION, 1, Instant.parse("2026-04-01T15:30:00Z"), null, null);
        assertThat(Stages.daysInStage(view, LocalDate.of(2026, 4, 2), TOKYO)).isZero();
        assertThat(Stages.daysInStage(view, LocalDate.of(2026, 4, 3), TOKYO)).isEqualTo(1);
        assertThat(Stages.daysInStage(view, LocalDate.of(2026, 4, 3), ZoneOffset.UTC)).isEqualTo(2);
    }

    @Test
    void days_in_stage_are_whole_days_across_months() {
        var view = new StageView(Stage.WITH_RESIDENT, 1, Instant.parse("2026-04-01T00:00:00Z"), null, null);
        assertThat(Stages.daysInStage(view, LocalDate.of(2026, 5, 1), TOKYO)).isEqualTo(30);
    }

    @Test
    void days_in_stage_are_zero_without_a_since() {
        assertThat(Stages.daysInStage(new StageView(Stage.NOT_STARTED, 0, null, null, null), TODAY, TOKYO)).isZero();
    }

    @Test
    void days_in_stage_are_zero_when_the_stage_begins_in_the_future() {
        var view = new StageView(Stage.IN_LAYOUT, 2, Instant.parse("2026-06-09T15:00:00Z"), null, null);
        assertThat(Stages.daysInStage(view, LocalDate.of(2026, 6, 9), TOKYO)).isZero();
        assertThat(Stages.daysInStage(view, LocalDate.of(2026, 6, 1), TOKYO)).isZero();
    }

    @Test
    void a_delivered_article_counts_days_from_the_delivery_date() {
        var view = Stages.of(null, SCHEDULE, LocalDate.of(2026, 7, 1), TODAY);
        assertThat(Stages.daysInStage(view, LocalDate.of(2026, 7, 11), TOKYO)).isEqualTo(10);
    }
}
