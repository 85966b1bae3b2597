package jp.akapen.manuscript.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The word rule of {@link Words}, shown as the words a text is cut into. */
class WordsTest {

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (Words.isBoundary(text, i)) {
                words.add(text.substring(start, i));
                start = i;
            }
        }
        return words;
    }

    @Test
    void kanji_katakana_and_latin_runs_are_words_and_hiragana_is_cut_at_every_char() {
        assertThat(words("雰囲気のコーヒーはSentimentalismeで2027年。"))
                .containsExactly("雰囲気", "の", "コーヒー", "は", "Sentimentalisme", "で", "2027", "年", "。");
    }

    @Test
    void okurigana_stand_apart_from_the_kanji_they_follow() {
        assertThat(words("行なう取り扱い")).containsExactly("行", "な", "う", "取", "り", "扱", "い");
    }

    @Test
    void compounds_of_four_kanji_or_more_are_cut_into_pairs_an_odd_one_going_with_the_last() {
        assertThat(words("区民編集委員、母性中心説、羅生門、人々"))
                .containsExactly("区民", "編集", "委員", "、", "母性", "中心説", "、", "羅生門", "、", "人々");
    }

    @Test
    void punctuation_is_one_word_per_char_and_nothing_cuts_a_surrogate_pair_or_a_combined_char() {
        assertThat(words("「」、。\n")).containsExactly("「", "」", "、", "。", "\n");
        assertThat(words("𠮷野家😀😁")).containsExactly("𠮷野家", "😀", "😁");
        assertThat(words("か\u3099き葛\uDB40\uDD00城")).containsExactly("か\u3099", "き", "葛\uDB40\uDD00城");
        assertThat(words("👩\u200D👧")).containsExactly("👩\u200D👧");
    }
}
