package jp.akapen.lecture.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small-group rule and the aggregates CSV (issue 13 item 9), without Spring. */
class TallyTest {

    static final Question CHOICE = new Question(1L, QuestionKind.MULTIPLE, "役に立った内容は？", false,
            List.of("取材", "構成", "=校正"));
    static final Question TEXT = new Question(2L, QuestionKind.TEXT, "ご意見", false, List.of());
    static final Question SCALE = new Question(3L, QuestionKind.SCALE, "難しさ", true, List.of());

    static final SurveyCsv.Words WORDS = new SurveyCsv.Words("番号", "質問", "選択肢", "件数", "割合(%)", "回答数",
            "3件未満のため非表示", "自由記述");

    @Test
    void in_an_anonymous_survey_two_answers_are_withheld_and_three_are_shown() {
        var two = Map.of(1L, List.<Answer>of(new Answer.Choice(List.of(0)), new Answer.Choice(List.of(0, 1))));
        var three = Map.of(1L, List.<Answer>of(new Answer.Choice(List.of(0)), new Answer.Choice(List.of(0, 1)),
                new Answer.Choice(List.of(2))));

        assertThat(Tally.of(List.of(CHOICE), two, true).getFirst().withheld()).isTrue();
        assertThat(Tally.of(List.of(CHOICE), two, true).getFirst().bars()).isEmpty();
        var shown = Tally.of(List.of(CHOICE), three, true).getFirst();
        assertThat(shown.withheld()).isFalse();
        assertThat(shown.bars()).extracting(SurveyResults.Bar::count).containsExactly(2, 1, 1);
        assertThat(shown.bars()).extracting(SurveyResults.Bar::percent).containsExactly(67, 33, 33);
    }

    @Test
    void a_named_survey_shows_even_one_answer() {
        var one = Map.of(3L, List.<Answer>of(new Answer.Scale(5)));
        var result = Tally.of(List.of(SCALE), one, false).getFirst();
        assertThat(result.withheld()).isFalse();
        assertThat(result.bars()).extracting(SurveyResults.Bar::label).containsExactly("1", "2", "3", "4", "5");
        assertThat(result.bars().get(4).count()).isEqualTo(1);
        assertThat(SmallGroups.withheld(false, 1)).isFalse();
        assertThat(SmallGroups.withheld(true, 2)).isTrue();
        assertThat(SmallGroups.withheld(true, 3)).isFalse();
    }

    @Test
    void free_texts_come_sorted_not_in_the_order_they_were_given() {
        var texts = Map.of(2L, List.<Answer>of(new Answer.Text("わ"), new Answer.Text("あ"), new Answer.Text("か")));
        assertThat(Tally.of(List.of(TEXT), texts, true).getFirst().texts()).containsExactly("あ", "か", "わ");
    }

    @Test
    void the_aggregates_csv_has_a_bom_one_line_per_bar_and_says_what_it_withheld() {
        var answers = Map.of(1L, List.<Answer>of(new Answer.Choice(List.of(0)), new Answer.Choice(List.of(2)),
                new Answer.Choice(List.of(2))), 2L, List.<Answer>of(new Answer.Text("よい")));
        var results = new SurveyResults(null, 3, Tally.of(List.of(CHOICE, TEXT), answers, true));

        String csv = new String(SurveyCsv.aggregates(results, WORDS), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFF番号,質問,選択肢,件数,割合(%),回答数\r\n"
                + "1,役に立った内容は？,取材,1,33,3\r\n"
                + "1,役に立った内容は？,構成,0,0,3\r\n"
                + "1,役に立った内容は？,'=校正,2,67,3\r\n"
                + "2,ご意見,3件未満のため非表示,,,1\r\n");
    }
}
