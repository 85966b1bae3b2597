package jp.akapen.manuscript.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import jp.akapen.bench.EditGenerator;
import org.junit.jupiter.api.Test;

/** Grouping on real Japanese sentences (most taken from the Aozora Bunko texts in shared/data/aozora). */
class CorrectionDiffTest {

    private static final String RASHOMON = "一人の下人が、羅生門の下で雨やみを待っていた。";

    private static List<Change> diff(String base, String corrected) {
        List<Change> changes = CorrectionDiff.between(base, corrected);
        assertThat(Changes.apply(base, changes)).isEqualTo(corrected);
        return changes;
    }

    @Test
    void a_replaced_word_is_one_change_not_one_per_character() {
        List<Change> changes = diff("私は学校へ行きました。", "私は大学へ参りました。");

        assertThat(changes).hasSizeLessThanOrEqualTo(2);
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.before()).contains("行き");
            assertThat(c.after()).contains("参り");
        });
        assertThat(changes).noneSatisfy(c -> assertThat(c.before()).hasSize(1).isIn("行", "き"));
    }

    @Test
    void a_replaced_kanji_compound_is_one_change() {
        assertThat(diff("この男のほかに誰もいない。", "この人物のほかに誰もいない。"))
                .containsExactly(new Change(2, 3, "男", "人物"));
        assertThat(diff("現代の重要問題の一つである。", "現代の大切なことの一つである。"))
                .containsExactly(new Change(3, 7, "重要問題", "大切なこと"));
    }

    @Test
    void a_rewritten_clause_is_one_change_per_clause() {
        List<Change> changes = diff(RASHOMON, "一人の下人が、羅生門の軒下で雨宿りをしていた。");

        assertThat(changes).hasSizeLessThanOrEqualTo(2);
        assertThat(changes).allSatisfy(c -> assertThat(c.start()).isGreaterThan(RASHOMON.indexOf('、')));
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.before()).contains("やみを待っ");
            assertThat(c.after()).contains("宿りをし");
        });
    }

    @Test
    void a_comma_moved_one_word_later_is_one_or_two_changes_of_only_that_comma() {
        String base = "ただ、所々丹塗の剥げた、大きな円柱に、蟋蟀が一匹とまっている。";
        String corrected = "ただ所々、丹塗の剥げた、大きな円柱に、蟋蟀が一匹とまっている。";

        List<Change> changes = diff(base, corrected);

        assertThat(changes).hasSizeBetween(1, 2);
        assertThat(changes).allSatisfy(c -> assertThat(c.start()).isLessThan(6));
    }

    @Test
    void a_comma_moved_several_words_later_is_a_deletion_and_an_insertion() {
        String base = "広い門の下には、この男のほかに誰もいない。";
        String corrected = "広い門の下にはこの男のほかに、誰もいない。";

        assertThat(diff(base, corrected)).containsExactly(new Change(7, 8, "、", ""), new Change(15, 15, "", "、"));
    }

    @Test
    void okurigana_changes_are_one_small_change_each() {
        // since issue 22: dropping り joins 取 and 扱 into one word, which is shown whole
        assertThat(diff("会議を行なう。書類の取り扱いに注意する。", "会議を行う。書類の取扱いに注意する。"))
                .containsExactly(new Change(4, 5, "な", ""), new Change(10, 13, "取り扱", "取扱"));
        assertThat(diff("申込みを受付ける。", "申し込みを受け付ける。"))
                .containsExactly(new Change(0, 2, "申込", "申し込"), new Change(4, 6, "受付", "受け付"));
    }

    @Test
    void a_mark_inserted_inside_a_word_next_to_a_rewritten_word_is_part_of_one_change() {
        // found by CorrectionDiffPropertiesTest: the 集委 between the two was half of the word 集委員
        assertThat(diff("ああ学区民編集委員ああ", "ああ　私編集委！員ああ"))
                .containsExactly(new Change(2, 9, "学区民編集委員", "　私編集委！員"));
    }

    @Test
    void a_word_change_joined_to_a_changed_emoji_takes_the_combining_mark_that_follows_the_emoji() {
        // found by CorrectionDiffPropertiesTest (seed 8665904706383245437): 編集委員 widened to whole words, then
        // joined 、😀→「, and the joined change ended between 😀 and the combining voiced mark U+3099 it carries
        String base = "あああああ学校区民編集委員、😀\u3099あああ羅生門羅生門";
        String corrected = "あああああ学校区民集委員「\u3099あああ羅生門羅生門";
        assertThat(diff(base, corrected))
                .containsExactly(new Change(9, 17, "編集委員、😀\u3099", "集委員「\u3099"));
    }

    @Test
    void an_inserted_clause_is_one_insertion() {
        assertThat(diff(RASHOMON, "一人の下人が、夕暮れの寒さの中、羅生門の下で雨やみを待っていた。"))
                .containsExactly(new Change(7, 7, "", "夕暮れの寒さの中、"));
    }

    @Test
    void a_deleted_clause_is_one_deletion() {
        assertThat(diff("広い門の下には、この男のほかに誰もいない。", "広い門の下には誰もいない。"))
                .containsExactly(new Change(7, 15, "、この男のほかに", ""));
    }

    @Test
    void a_deleted_sentence_is_one_deletion() {
        String first = "　ある日の暮方の事である。";
        String base = first + RASHOMON + "\n";
        assertThat(diff(base, RASHOMON + "\n")).containsExactly(new Change(0, first.length(), first, ""));
    }

    @Test
    void corrections_in_different_clauses_stay_apart() {
        List<Change> changes = diff("ただ、所々丹塗の剥げた、大きな円柱に、蟋蟀が一匹とまっている。",
                "ただ、所々朱塗の剥げた、大きな柱に、蟋蟀が一匹とまっていた。");

        // whole words since issue 22: 丹塗→朱塗 and 円柱→柱, not 丹→朱 and 円→""
        assertThat(changes).extracting(Change::before).containsExactly("丹塗", "円柱", "る");
    }

    @Test
    void a_replaced_word_is_shown_whole_even_where_its_old_and_new_forms_share_a_kanji() {
        assertThat(diff("部屋の雰囲気が変わった。", "部屋の空気が変わった。")).containsExactly(new Change(3, 6, "雰囲気", "空気"));
        assertThat(diff("使の庁の役人などでは", "使の庁の婦人などでは")).containsExactly(new Change(4, 6, "役人", "婦人"));
        assertThat(diff("コーヒーを飲む。", "コーラを飲む。")).containsExactly(new Change(0, 4, "コーヒー", "コーラ"));
        assertThat(diff("版は2026年に出た。", "版は2027年に出た。")).containsExactly(new Change(2, 6, "2026", "2027"));
    }

    @Test
    void a_word_grown_by_an_insertion_is_shown_whole() {
        assertThat(diff("学校へ行く。", "学校長へ行く。")).containsExactly(new Change(0, 2, "学校", "学校長"));
        assertThat(diff("書類の取扱いに注意する。", "書類の取り扱いに注意する。")).containsExactly(new Change(3, 5, "取扱", "取り扱"));
    }

    @Test
    void a_long_kanji_compound_is_cut_into_two_kanji_words() {
        assertThat(diff("区民編集委員が集まる。", "区民校正委員が集まる。")).containsExactly(new Change(2, 4, "編集", "校正"));
    }

    @Test
    void a_comma_removed_between_two_compounds_is_the_comma_alone() {
        assertThat(diff("労働性中心、芸術性中心の説", "労働性中心芸術性中心の説")).containsExactly(new Change(5, 6, "、", ""));
    }

    @Test
    void changes_separated_only_by_punctuation_stay_apart() {
        assertThat(diff("甲、乙", "丙、丁")).hasSize(2);
        assertThat(diff("甲\n乙", "丙\n丁")).hasSize(2);
    }

    @Test
    void identical_texts_have_no_changes() {
        assertThat(CorrectionDiff.between(RASHOMON, RASHOMON)).isEmpty();
        assertThat(CorrectionDiff.between("", "")).isEmpty();
    }

    @Test
    void an_empty_text_and_a_text_differ_by_one_change() {
        assertThat(diff("", RASHOMON)).containsExactly(new Change(0, 0, "", RASHOMON));
        assertThat(diff(RASHOMON, "")).containsExactly(new Change(0, RASHOMON.length(), RASHOMON, ""));
    }

    @Test
    void a_changed_emoji_or_rare_kanji_is_never_cut_inside_its_surrogate_pair() {
        // 😀 and 😁 share their high surrogate; a plain character diff would change only the low one
        assertThat(diff("今日は😀です", "今日は😁です")).containsExactly(new Change(3, 5, "😀", "😁"));
        // whole words: 𠮷野家 is one kanji run (issue 22)
        assertThat(diff("𠮷野家へ", "吉野家へ")).containsExactly(new Change(0, 4, "𠮷野家", "吉野家"));
        assertThat(diff("😀😀", "😀😁😀")).allSatisfy(c -> assertThat(splitsSurrogatePair("😀😀", c)).isFalse());
        assertThat(diff("a😀", "a😀😀")).allSatisfy(c -> assertThat(splitsSurrogatePair("a😀", c)).isFalse());
    }

    @Test
    void a_text_without_any_punctuation_is_diffed_by_character() {
        String base = "あいうえおかきくけこさしすせそたちつてと".repeat(50);
        String corrected = base.substring(0, 300) + "漢字" + base.substring(303);
        assertThat(diff(base, corrected)).containsExactly(new Change(300, 303, base.substring(300, 303), "漢字"));
    }

    @Test
    void every_aozora_text_with_realistic_corrections_gives_back_the_corrected_text() {
        for (Path file : Aozora.files()) {
            String base = Aozora.read(file);
            String corrected = EditGenerator.edit(base, base.length() / 60, 42);

            List<Change> changes = diff(base, corrected);

            assertThat(changes).as(file.getFileName().toString()).isSortedAccordingTo(Changes.ORDER);
            for (int i = 1; i < changes.size(); i++) {
                assertThat(changes.get(i).start()).isGreaterThan(changes.get(i - 1).end());
            }
            assertThat(changes).allSatisfy(c -> assertThat(splitsSurrogatePair(base, c)).isFalse());
        }
    }

    static boolean splitsSurrogatePair(String base, Change c) {
        return cuts(base, c.start()) || cuts(base, c.end());
    }

    private static boolean cuts(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }
}
