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
    void three_linking_no_in_a_row_are_still_a_chain() {
        assertThat(found("東京の区の施設の利用について。", ParticleRule.NO_CHAIN_ID)).containsExactly("東京の区の施設の");
        assertThat(found("私の母の友人の娘が来ました。", ParticleRule.NO_CHAIN_ID)).hasSize(1);
    }

    @Test
    void the_no_before_a_formal_or_relational_noun_does_not_count_towards_a_chain() {
        assertThat(found("係の人の顔のなかに知った顔があった。", ParticleRule.NO_CHAIN_ID)).isEmpty();
        assertThat(found("十八世紀の初頭の頃のことである。", ParticleRule.NO_CHAIN_ID)).isEmpty();
        assertThat(found("長い歴史の襞の間に波瀾がある。", ParticleRule.NO_CHAIN_ID)).isEmpty();
        assertThat(found("区の会議の資料の表の中を見る。", ParticleRule.NO_CHAIN_ID)).containsExactly("区の会議の資料の");
    }

    @Test
    void the_no_of_no_tame_no_starts_no_chain_of_its_own() {
        assertThat(found("日本の女性のための高等教育の現状。", ParticleRule.NO_CHAIN_ID)).isEmpty();
    }

    @Test
    void the_no_after_a_demonstrative_or_an_adjectival_noun_does_not_count_towards_a_chain() {
        assertThat(found("男の側のそれらの道を考える。", ParticleRule.NO_CHAIN_ID)).isEmpty();
        assertThat(found("人間の愛の真の目的は何か。", ParticleRule.NO_CHAIN_ID)).isEmpty();
        assertThat(found("国の特別の配慮の必要がある。", ParticleRule.NO_CHAIN_ID)).isEmpty();
    }

    @Test
    void particles_inside_quotations_are_someone_elses_words() {
        assertThat(found("女史のいう「個人の権利の生れつきの制限」とは何か。", ParticleRule.NO_CHAIN_ID)).isEmpty();
        assertThat(found("案内に「三時に駅に集まれ」と書いてある。", ParticleRule.DOUBLED_ID)).isEmpty();
        assertThat(found("三時に駅に集まれと書いてある。", ParticleRule.DOUBLED_ID)).containsExactly("に");
    }

    @Test
    void ni_before_suru_or_naru_marks_a_result_and_does_not_double_another_ni() {
        assertThat(found("人は一人一人に生き方を異にしている。", ParticleRule.DOUBLED_ID)).isEmpty();
        assertThat(found("彼に責任者になってもらう。", ParticleRule.DOUBLED_ID)).isEmpty();
        assertThat(found("窓口に書類に記入して出します。", ParticleRule.DOUBLED_ID)).containsExactly("に");
    }

    @Test
    void a_distributive_gotoni_is_an_adverb_and_does_not_double_another_ni() {
        assertThat(found("子供を見る度ごとに其処に喜びがある。", ParticleRule.DOUBLED_ID)).isEmpty();
        assertThat(found("三時に駅に集まります。", ParticleRule.DOUBLED_ID)).containsExactly("に");
    }

    @Test
    void a_topic_and_a_second_wa_in_one_clause_are_still_found() {
        assertThat(found("私は彼は正しいと思います。", ParticleRule.DOUBLED_ID)).containsExactly("は");
    }

    @Test
    void words_reported_without_brackets_up_to_a_closing_to_keep_their_own_style() {
        assertThat(ruleIds("私はこう考えます。論者は言うでしょう、女子には無理である。母となるのが務めだと。私はそうは思いません。"))
                .doesNotContain(StyleMixRule.ID);
        assertThat(found("私はこう考えます。論者は言うでしょう、女子には無理である。私はそうは思いません。", StyleMixRule.ID))
                .containsExactly("である");
        assertThat(found("私はこう考えます。女子には無理である。母となるのが務めだと。私はそうは思いません。", StyleMixRule.ID))
                .containsExactly("である");
    }

    @Test
    void toiufuu_is_redundant_after_a_verb_or_adjective_but_not_after_a_noun() {
        assertThat(fixed("先に説明したという風に進めます。", "style.redundant-youni")).isEqualTo("先に説明したように進めます。");
        assertThat(fixed("大きいという風な印象です。", "style.redundant-youna")).isEqualTo("大きいような印象です。");
        assertThat(ruleIds("男性女性という風な大掴みな分け方。男子の事、女子の事という風に分ける。"))
                .doesNotContain("style.redundant-youna", "style.redundant-youni");
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

    private static List<String> found(String text, String ruleId) {
        return PROOFREADER.check(text).stream().filter(s -> s.ruleId().equals(ruleId)).map(Suggestion::found).toList();
    }

    private static List<String> ruleIds(String text) {
        return PROOFREADER.check(text).stream().map(Suggestion::ruleId).toList();
    }
}
