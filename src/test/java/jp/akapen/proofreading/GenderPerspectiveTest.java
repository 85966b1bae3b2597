package jp.akapen.proofreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every entry of the gender list is caught in running text and left alone inside quotations. */
class GenderPerspectiveTest {

    private static final Proofreader PROOFREADER = Proofreader.standard();
    private static final String BEFORE = "区の情報誌に寄せられた声を紹介します。";
    private static final String AFTER = "ご意見をお待ちしています。";

    @TestFactory
    Stream<DynamicTest> every_entry_is_caught_in_running_text() {
        return TermLists.genderPerspective().stream().map(entry -> DynamicTest.dynamicTest(entry.ruleId(), () ->
                assertThat(ruleIds(BEFORE + entry.exampleBefore() + AFTER)).contains(entry.ruleId())));
    }

    @TestFactory
    Stream<DynamicTest> no_entry_is_caught_inside_quotations_or_block_quotes() {
        return TermLists.genderPerspective().stream().map(entry -> DynamicTest.dynamicTest(entry.ruleId(), () -> {
            String example = entry.exampleBefore();
            assertThat(ruleIds(BEFORE + "祖母は「" + example + "」と話した。" + AFTER)).doesNotContain(entry.ruleId());
            assertThat(ruleIds(BEFORE + "『" + example + "』という本。" + AFTER)).doesNotContain(entry.ruleId());
            assertThat(ruleIds(BEFORE + "\n> " + example + "\n" + AFTER)).doesNotContain(entry.ruleId());
        }));
    }

    @Test
    void advice_entries_offer_no_one_click_fix_and_name_the_cabinet_office_guide() {
        List<Suggestion> found = PROOFREADER.check("彼女は未亡人になった。主人は看護婦さんと話した。");
        assertThat(found).filteredOn(s -> s.ruleId().equals("gender.miboujin")).singleElement()
                .satisfies(s -> assertThat(s.adviceOnly()).isTrue());
        assertThat(found).filteredOn(s -> s.ruleId().equals("gender.kangofu")).singleElement()
                .satisfies(s -> assertThat(s.replacements()).containsExactly("看護師"));
        assertThat(found).filteredOn(s -> s.category() == Category.GENDER_PERSPECTIVE)
                .allSatisfy(s -> assertThat(s.source()).contains("内閣府"));
    }

    @Test
    void words_that_merely_contain_an_entry_are_left_alone() {
        assertThat(ruleIds("主人公は家内工業の町で育った。")).noneMatch(id -> id.startsWith("gender."));
    }

    @Test
    void shujin_for_a_servants_master_or_a_shops_owner_is_left_alone() {
        assertThat(ruleIds("下人は雨がやんでも、主人の家へ帰る当てはない。")).noneMatch(id -> id.startsWith("gender."));
        assertThat(ruleIds("宿の主人が迎えてくれた。八百屋のご主人に野菜を勧められた。"))
                .noneMatch(id -> id.startsWith("gender."));
        assertThat(ruleIds("料理店の主人と話した。")).noneMatch(id -> id.startsWith("gender."));
    }

    @Test
    void shujin_for_a_husband_is_still_found() {
        assertThat(ruleIds("主人が帰ってきた。")).containsExactly("gender.shujin");
        assertThat(ruleIds("うちの主人は料理が得意です。")).containsExactly("gender.shujin");
        assertThat(ruleIds("主人の実家に行きました。店の前で待ち合わせました。")).containsExactly("gender.shujin");
        assertThat(ruleIds("隣のご主人はお元気ですか。")).containsExactly("gender.goshujin");
    }

    @Test
    void a_longer_entry_wins_over_the_shorter_one_inside_it() {
        assertThat(ruleIds("ご主人と女流作家の対談です。")).filteredOn(id -> id.startsWith("gender."))
                .containsExactly("gender.goshujin", "gender.joryuu-sakka");
    }

    private static List<String> ruleIds(String text) {
        return PROOFREADER.check(text).stream().map(Suggestion::ruleId).toList();
    }
}
