package jp.akapen.manuscript.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.akapen.manuscript.diff.CarryOver.Earlier;
import jp.akapen.manuscript.diff.CarryOver.Placed;
import org.junit.jupiter.api.Test;

class CarryOverTest {

    @Test
    void an_edit_found_again_keeps_its_earlier_change_at_the_new_position() {
        var earlier = List.of(new Earlier(7, new Change(2, 4, "黄色", "きいろ")));
        var computed = List.of(new Change(5, 7, "黄色", "きいろ"));

        assertThat(CarryOver.match(earlier, computed)).containsExactly(new Placed(7L, new Change(5, 7, "黄色", "きいろ")));
    }

    @Test
    void an_edit_with_other_words_is_new_even_at_the_same_place() {
        var earlier = List.of(new Earlier(7, new Change(2, 4, "黄色", "きいろ")));
        var computed = List.of(new Change(2, 4, "黄色", "レモン色"));

        assertThat(CarryOver.match(earlier, computed)).singleElement().satisfies(p -> assertThat(p.isNew()).isTrue());
    }

    @Test
    void of_two_earlier_changes_making_the_same_edit_each_goes_to_the_nearest_computed_one() {
        var earlier = List.of(new Earlier(1, new Change(0, 1, "、", "。")), new Earlier(2, new Change(40, 41, "、", "。")));
        var computed = List.of(new Change(3, 4, "、", "。"), new Change(44, 45, "、", "。"));

        assertThat(CarryOver.match(earlier, computed)).extracting(Placed::earlierId).containsExactly(1L, 2L);
    }

    @Test
    void an_earlier_change_is_taken_once_so_a_repeated_edit_beyond_it_is_new() {
        var earlier = List.of(new Earlier(1, new Change(0, 1, "、", "。")));
        var computed = List.of(new Change(0, 1, "、", "。"), new Change(9, 10, "、", "。"));

        assertThat(CarryOver.match(earlier, computed)).extracting(Placed::earlierId).containsExactly(1L, null);
    }

    @Test
    void on_a_tie_in_distance_the_first_earlier_change_wins() {
        var earlier = List.of(new Earlier(1, new Change(0, 1, "、", "。")), new Earlier(2, new Change(10, 11, "、", "。")));
        var computed = List.of(new Change(5, 6, "、", "。"));

        assertThat(CarryOver.match(earlier, computed)).extracting(Placed::earlierId).containsExactly(1L);
    }

    @Test
    void nothing_computed_keeps_nothing() {
        assertThat(CarryOver.match(List.of(new Earlier(1, new Change(0, 1, "、", "。"))), List.of())).isEmpty();
    }
}
