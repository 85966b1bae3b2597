package jp.akapen.lecture.survey.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.akapen.lecture.survey.screening.ScreeningDictionary.Example;
import jp.akapen.lecture.survey.screening.ScreeningDictionary.Expected;
import jp.akapen.lecture.survey.screening.ScreeningDictionary.Kind;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Seed P7 and issue 13 item 10: what the screening finds in a question, and what it says to the ward. */
class QuestionScreeningTest {

    static final QuestionScreening SCREENING = new QuestionScreening();

    /** What the screening found, as the dictionary's EXAMPLE lines and the question set write it. */
    static Set<Expected> found(String question) {
        return found(SCREENING, question);
    }

    static Set<Expected> found(QuestionScreening screening, String question) {
        return screening.matches(question).stream().filter(m -> m.entry().kind() != Kind.SAFE)
                .map(m -> new Expected(m.entry().category(), m.entry().kind())).collect(Collectors.toSet());
    }

    /** Each expected category is found; without "topic", as a question about the person; nothing else is found. */
    static boolean meets(Set<Expected> found, List<Expected> expected) {
        Set<SensitiveCategory> categories = found.stream().map(Expected::category).collect(Collectors.toSet());
        Set<SensitiveCategory> wanted = expected.stream().map(Expected::category).collect(Collectors.toSet());
        return categories.equals(wanted) && expected.stream()
                .allMatch(e -> e.kind() == Kind.TOPIC || found.contains(new Expected(e.category(), Kind.PERSON)));
    }

    @TestFactory
    Stream<DynamicTest> every_example_of_the_dictionary_file_is_screened_as_it_says() {
        List<Example> examples = ScreeningDictionary.load().examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(30);
        return examples.stream().map(example -> DynamicTest.dynamicTest(
                "line " + example.line() + ": " + example.question(),
                () -> assertThat(meets(found(example.question()), example.expected()))
                        .as("found %s, the file expects %s", found(example.question()), example.expected())
                        .isTrue()));
    }

    @Test
    void an_empty_or_blank_question_has_no_finding() {
        assertThat(SCREENING.findings("")).isEmpty();
        assertThat(SCREENING.findings(" 　\n")).isEmpty();
    }

    @Test
    void a_question_touching_two_categories_yields_a_finding_for_each() {
        List<ScreeningFinding> findings = SCREENING.findings("信仰している宗教と、逮捕されたことの有無を教えてください");

        assertThat(findings).extracting(ScreeningFinding::category)
                .contains(SensitiveCategory.BELIEF, SensitiveCategory.CRIME)
                .doesNotContain(SensitiveCategory.DISCRIMINATION);
        assertThat(findings).extracting(ScreeningFinding::matched).contains("信仰", "宗教", "逮捕");
    }

    @Test
    void a_word_matches_in_its_inflected_derived_and_compound_forms() {
        for (String question : List.of("信仰はありますか", "何かを信仰していますか", "宗教的な行事に参加しますか", "あなたの宗教観は",
                "しゅうきょうについて")) {
            assertThat(SCREENING.findings(question)).as(question).extracting(ScreeningFinding::category)
                    .containsOnly(SensitiveCategory.BELIEF);
        }
        assertThat(SCREENING.findings("以前、捕まったことがありますか")).extracting(ScreeningFinding::matched)
                .contains("捕まっ");
        assertThat(SCREENING.findings("障害者手帳の等級を教えてください")).extracting(ScreeningFinding::matched)
                .containsExactly("障害者手帳");
    }

    @Test
    void a_topic_word_is_reported_with_a_note_that_the_ward_judges_whether_the_person_is_asked() {
        List<ScreeningFinding> findings = SCREENING.findings("宗教法人の取材で苦労した点は何ですか");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(SensitiveCategory.BELIEF);
            assertThat(f.matched()).isEqualTo("宗教法人");
            assertThat(f.explanation()).contains("話題", "回答者本人", "区の職員が判断");
        });
    }

    @Test
    void a_word_about_the_person_says_the_question_waits_for_the_wards_approval() {
        assertThat(SCREENING.findings("前科の有無")).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(SensitiveCategory.CRIME);
            assertThat(f.explanation()).contains("「前科」", "承認するまで", "P7").doesNotContain("話題");
        });
    }

    @Test
    void words_that_only_look_alike_are_not_findings() {
        for (String question : List.of("生涯学習の講座は役に立ちましたか", "前科目の復習はできましたか", "出身校の同窓会誌を作ったことは",
                "配信中に通信障害はありましたか", "がんばって書けましたか", "情報の信頼性をどう確かめますか")) {
            assertThat(SCREENING.findings(question)).as(question).isEmpty();
        }
    }

    @Test
    void the_matched_words_are_quoted_as_the_question_writes_them_in_full_width_and_half_width() {
        assertThat(SCREENING.findings("ＨＩＶの検査について")).extracting(ScreeningFinding::matched).contains("ＨＩＶ");
        assertThat(SCREENING.findings("ｼｭｳｷｮｳは?")).extracting(ScreeningFinding::matched).containsExactly("ｼｭｳｷｮｳ");
    }

    @Test
    void a_mistake_in_the_dictionary_file_names_its_line() {
        assertThatThrownBy(() -> ScreeningDictionary.parse(List.of("# comment", "宗教 | FAITH | person | x")))
                .hasMessageContaining("line 2").hasMessageContaining("FAITH");
        assertThatThrownBy(() -> ScreeningDictionary.parse(List.of("宗教 | BELIEF | person | x", "シュウキョウ/宗教 | BELIEF | topic | y")))
                .hasMessageContaining("line 2").hasMessageContaining("twice");
        assertThatThrownBy(() -> ScreeningDictionary.parse(List.of("宗教 | BELIEF | person")))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> ScreeningDictionary.parse(List.of("*/がん | DISCRIMINATION | person | x")))
                .hasMessageContaining("line 1").hasMessageContaining("*病");
    }

}
