package jp.akapen.manuscript;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeContextTest {

    @Test
    void the_context_stops_at_line_breaks_and_at_twenty_characters() {
        String text = "一行目です。\n" + "あ".repeat(30) + "変える" + "い".repeat(30) + "\n三行目";
        int start = text.indexOf("変える");
        var context = ChangeContext.around(text, start, start + 3);
        assertThat(context.before()).isEqualTo("あ".repeat(20));
        assertThat(context.after()).isEqualTo("い".repeat(20));

        var short_ = ChangeContext.around("前\n短い変更です\n後", 4, 6);
        assertThat(short_.before()).isEqualTo("短い");
        assertThat(short_.after()).isEqualTo("です");
    }

    @Test
    void a_character_outside_the_basic_plane_is_never_cut_in_half() {
        String text = "𠮷".repeat(15) + "変";
        var context = ChangeContext.around(text, text.length() - 1, text.length());
        assertThat(context.before()).isEqualTo("𠮷".repeat(10));
    }
}
