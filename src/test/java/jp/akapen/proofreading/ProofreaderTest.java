package jp.akapen.proofreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProofreaderTest {

    private static final Proofreader PROOFREADER = Proofreader.standard();

    @Test
    void a_fix_follows_the_inflection_of_the_word_it_replaces() {
        assertThat(fixed("会議に出席出来ませんでした。", "notation.dekiru")).isEqualTo("会議に出席できませんでした。");
        assertThat(fixed("朝早く起きれなかった。", "style.ra-nuki")).isEqualTo("朝早く起きられなかった。");
        assertThat(fixed("明日は来れますか。", "style.ra-nuki")).isEqualTo("明日は来られますか。");
    }

    @Test
    void kanji_words_that_only_look_like_a_dictionary_entry_are_left_alone() {
        assertThat(ruleIds("仕事の事故を調べ、書類を下さいと頼んだ。出来事を話した。"))
                .doesNotContain("notation.koto", "notation.kudasai", "notation.dekiru");
    }

    @Test
    void offsets_point_at_the_found_text() {
        String text = "この講座は無料です。会場は区民センターである。";
        Suggestion mix = PROOFREADER.check(text).stream()
                .filter(s -> s.ruleId().equals(StyleMixRule.ID)).findFirst().orElseThrow();
        assertThat(text.substring(mix.start(), mix.end())).isEqualTo(mix.found()).isEqualTo("である");
        assertThat(mix.replacements()).containsExactly("です");
        assertThat(mix.category()).isEqualTo(Category.STYLE);
    }

    @Test
    void dialogue_in_quotations_does_not_count_as_a_style_mix() {
        assertThat(ruleIds("母はよく「女の子なんだから」と言いました。私は困りました。"))
                .doesNotContain(StyleMixRule.ID);
    }

    @Test
    void an_invisible_character_is_deleted_by_its_fix() {
        assertThat(fixed("参加\u200bします。", "cleanup.zero-width")).isEqualTo("参加します。");
    }

    @Test
    void a_suggestion_keeps_the_residents_words_out_of_its_string_form() {
        Suggestion suggestion = PROOFREADER.check("主人と出かけた。").getFirst();
        assertThat(suggestion.toString()).contains("gender.shujin").doesNotContain("主人", "夫");
    }

    private static String fixed(String text, String ruleId) {
        return PROOFREADER.check(text).stream().filter(s -> s.ruleId().equals(ruleId)).findFirst().orElseThrow()
                .applyTo(text);
    }

    private static List<String> ruleIds(String text) {
        return PROOFREADER.check(text).stream().map(Suggestion::ruleId).toList();
    }
}
