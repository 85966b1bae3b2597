package jp.akapen.manuscript.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** W2, issue 17: what keeps a round from going back names its changes as a person can read them. */
class ChangeNumbersTest {

    @Test
    void three_or_more_changes_in_a_row_read_as_a_range_and_the_others_one_by_one() {
        assertThat(Labels.changeNumbers(List.of(1, 2, 3, 4, 6, 9, 10, 12, 13, 14), "、"))
                .isEqualTo("#1–#4、#6、#9、#10、#12–#14");
    }

    @Test
    void every_change_of_a_round_just_saved_is_one_range() {
        assertThat(Labels.changeNumbers(IntStream.rangeClosed(1, 311).boxed().toList(), ", ")).isEqualTo("#1–#311");
    }

    @Test
    void one_change_or_none() {
        assertThat(Labels.changeNumbers(List.of(7), "、")).isEqualTo("#7");
        assertThat(Labels.changeNumbers(List.of(), "、")).isEmpty();
    }
}
