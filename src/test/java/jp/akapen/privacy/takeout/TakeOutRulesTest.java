package jp.akapen.privacy.takeout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import jp.akapen.privacy.vault.PersonalData;
import org.junit.jupiter.api.Test;

/** The rules of a take-out request, without Spring (issue 14 item 7; P5, P8). */
class TakeOutRulesTest {

    static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

    static TakeOutDraft draft(LocalDate returnDue) {
        return new TakeOutDraft(7L, Set.of(PersonalData.Field.ADDRESS), "名簿の照合", "区民センター", "受付担当",
                returnDue);
    }

    @Test
    void a_complete_request_returning_tomorrow_or_within_a_year_passes() {
        assertThat(TakeOutRules.problems(draft(TODAY.plusDays(1)), TODAY)).isEmpty();
        assertThat(TakeOutRules.problems(draft(TODAY.plusDays(365)), TODAY)).isEmpty();
    }

    @Test
    void a_return_date_of_today_or_more_than_a_year_ahead_is_refused() {
        assertThat(TakeOutRules.problems(draft(TODAY), TODAY)).containsExactly("takeout.error.return-due-past");
        assertThat(TakeOutRules.problems(draft(TODAY.plusDays(366)), TODAY))
                .containsExactly("takeout.error.return-due-far");
        assertThat(TakeOutRules.problems(draft(null), TODAY)).containsExactly("takeout.error.return-due");
    }

    @Test
    void texts_past_their_length_are_refused_by_name_and_blank_ones_as_missing() {
        var draft = new TakeOutDraft(7L, Set.of(PersonalData.Field.EMAIL), "目".repeat(501), "  ", "運".repeat(101),
                TODAY.plusDays(2));

        assertThat(TakeOutRules.problems(draft, TODAY)).containsExactlyInAnyOrder("takeout.error.purpose-long",
                "takeout.error.destination", "takeout.error.carrier-long");
    }

    @Test
    void a_reason_is_required_and_has_a_limit() {
        assertThat(TakeOutRules.reasonProblem(null)).isEqualTo("takeout.error.reason");
        assertThat(TakeOutRules.reasonProblem(" \n ")).isEqualTo("takeout.error.reason");
        assertThat(TakeOutRules.reasonProblem("理".repeat(501))).isEqualTo("takeout.error.reason-long");
        assertThat(TakeOutRules.reasonProblem("必要がない")).isNull();
        assertThat(TakeOutRules.noteProblem(" ")).isEqualTo("takeout.error.note");
        assertThat(TakeOutRules.noteProblem("報".repeat(501))).isEqualTo("takeout.error.note-long");
    }
}
