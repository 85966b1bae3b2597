package jp.akapen.manuscript.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jp.akapen.manuscript.Decision;
import jp.akapen.manuscript.Reason;
import jp.akapen.manuscript.ReturnBlockers.Annotation;
import jp.akapen.manuscript.TrackedChange;
import org.junit.jupiter.api.Test;

/** What the correction view keeps of each change, without Spring (W2, issue 17). */
class RoundAnnotationsTest {

    private static TrackedChange change(long id, Reason reason, String comment, boolean conflict) {
        return new TrackedChange(id, (int) id, 0, 1, "あ", "い", reason, comment, null, conflict, Decision.PENDING, null,
                List.of());
    }

    @Test
    void next_goes_on_after_the_current_change_and_then_from_the_top_skipping_finished_ones() {
        var annotations = new RoundAnnotations(List.of(change(1, null, null, false),
                change(2, Reason.STYLE, "統一", false), change(3, Reason.STYLE, null, false)), () -> { });

        assertThat(annotations.nextUnfinished(1)).map(Annotation::id).contains(3L);
        assertThat(annotations.nextUnfinished(3)).map(Annotation::id).contains(1L);
    }

    @Test
    void next_finds_none_once_every_other_change_has_a_reason_and_a_comment() {
        var annotations = new RoundAnnotations(List.of(change(1, null, null, false),
                change(2, Reason.STYLE, "統一", false)), () -> { });

        assertThat(annotations.nextUnfinished(1)).isEmpty();
    }

    @Test
    void a_comment_of_spaces_is_stored_as_none_and_still_keeps_the_round_from_going_back() {
        var told = new AtomicInteger();
        var annotations = new RoundAnnotations(List.of(change(1, null, null, false)), told::incrementAndGet);

        assertThat(annotations.annotated(1, Reason.STYLE, "  　")).isNull();
        assertThat(told).hasValue(1);
        assertThat(annotations.blockers().withoutComment()).containsExactly(1);
        assertThat(annotations.blockers().withoutReason()).isEmpty();

        assertThat(annotations.annotated(1, Reason.STYLE, " 表記を統一 ")).isEqualTo("表記を統一");
        assertThat(annotations.blockers().none()).isTrue();
    }

    @Test
    void a_conflict_blocks_the_return_however_it_is_annotated() {
        var annotations = new RoundAnnotations(List.of(change(1, Reason.STYLE, "統一", true)), () -> { });

        assertThat(annotations.blockers().conflicts()).isEqualTo(1);
        assertThat(annotations.blockers().none()).isFalse();
    }
}
