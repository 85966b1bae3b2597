package jp.akapen.manuscript.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChangesTest {

    private static final String BASE = "私は学校へ行きました。";
    private static final Change SCHOOL = new Change(2, 4, "学校", "大学");
    private static final Change WENT = new Change(5, 7, "行き", "参り");
    private static final Change END = new Change(11, 11, "", "以上");

    @Test
    void applying_no_changes_gives_the_base_back() {
        assertThat(Changes.apply(BASE, List.of())).isEqualTo(BASE);
    }

    @Test
    void any_subset_of_changes_can_be_applied_on_its_own() {
        assertThat(Changes.apply(BASE, List.of(SCHOOL))).isEqualTo("私は大学へ行きました。");
        assertThat(Changes.apply(BASE, List.of(WENT))).isEqualTo("私は学校へ参りました。");
        assertThat(Changes.apply(BASE, List.of(SCHOOL, WENT, END))).isEqualTo("私は大学へ参りました。以上");
    }

    @Test
    void the_order_the_changes_are_given_in_does_not_matter() {
        List<Change> changes = new ArrayList<>(List.of(SCHOOL, WENT, END, new Change(0, 0, "", "「")));
        String expected = Changes.apply(BASE, changes);
        for (int i = 0; i < 10; i++) {
            Collections.shuffle(changes, new java.util.Random(i));
            assertThat(Changes.apply(BASE, changes)).isEqualTo(expected);
        }
    }

    @Test
    void an_insertion_right_before_a_replacement_goes_first() {
        assertThat(Changes.apply(BASE, List.of(SCHOOL, new Change(2, 2, "", "新しい")))).isEqualTo("私は新しい大学へ行きました。");
    }

    @Test
    void overlapping_changes_are_refused() {
        assertThatThrownBy(() -> Changes.apply(BASE, List.of(SCHOOL, new Change(3, 5, "校へ", "校に"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
        assertThatThrownBy(() -> Changes.apply(BASE, List.of(SCHOOL, SCHOOL))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Changes.apply(BASE, List.of(SCHOOL, new Change(3, 3, "", "x"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void two_insertions_at_the_same_place_are_refused_because_their_order_would_be_a_guess() {
        assertThatThrownBy(() -> Changes.apply(BASE, List.of(new Change(2, 2, "", "a"), new Change(2, 2, "", "b"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
    }

    @Test
    void a_change_whose_before_is_not_the_text_at_its_offsets_is_refused() {
        assertThatThrownBy(() -> Changes.apply(BASE, List.of(new Change(2, 4, "大学", "学校"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not match");
        assertThatThrownBy(() -> Changes.apply(BASE, List.of(new Change(10, 12, "。。", ""))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("past the end");
    }

    @Test
    void a_change_must_be_consistent_and_change_something() {
        assertThatThrownBy(() -> new Change(-1, 0, "", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Change(3, 2, "", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Change(0, 2, "a", "b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Change(0, 0, "", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Change(0, 1, "a", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Change(0, 1, null, "a")).isInstanceOf(NullPointerException.class);
    }
}
