package jp.akapen.proofreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BilingualTest {

    @Test
    void an_english_page_gets_the_part_after_the_slash_and_every_other_page_the_japanese() {
        String note = "「主人」は上下関係を含みます。 / 'Shujin' implies a master.";
        assertThat(Bilingual.in(Locale.ENGLISH, note)).isEqualTo("'Shujin' implies a master.");
        assertThat(Bilingual.in(Locale.JAPANESE, note)).isEqualTo("「主人」は上下関係を含みます。");
        assertThat(Bilingual.in(null, note)).isEqualTo("「主人」は上下関係を含みます。");
    }

    @Test
    void a_note_written_in_one_language_is_shown_as_it_is() {
        assertThat(Bilingual.in(Locale.ENGLISH, "表記を統一します。")).isEqualTo("表記を統一します。");
    }
}
