package jp.akapen.lecture.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.lecture.survey.QuestionKind;
import jp.akapen.lecture.survey.SessionFixture;
import jp.akapen.lecture.survey.SurveyService;
import jp.akapen.lecture.survey.SurveyStatus;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The survey pages without a browser: builder, the ward's consent, answering, results (issue 13 items 6-10). */
@AkapenSpringTest
class SurveyViewsTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext db;
    @Autowired
    SurveyService surveys;
    @Autowired
    Clock clock;

    long session;

    @BeforeEach
    void aLectureThatHasEnded() {
        session = new SessionFixture(db).session("画面の講座 " + UUID.randomUUID().toString().substring(0, 6),
                clock.instant(), Duration.ofHours(3), List.of("resident1", "resident2", "resident3"));
    }

    void as(String username) {
        TestSupport.signIn(users, username);
        UI.getCurrent().setLocale(Locale.JAPANESE);
    }

    String text() {
        return UI.getCurrent().getCurrentView().getElement().getTextRecursively();
    }

    long openSurvey(boolean anonymous) {
        as("handler1");
        long id = surveys.create(SessionFixture.draft(session, anonymous, "講座の満足度は？"));
        assertThat(surveys.submit(id)).isEqualTo(SurveyStatus.OPEN);
        return id;
    }

    @Test
    void a_resident_reads_the_purpose_and_that_it_is_anonymous_before_the_first_question_then_answers() {
        long id = openSurvey(true);
        as("resident2");
        var list = navigate("surveys", SurveysView.class);
        assertThat(text()).contains("回答をお願いしているアンケート", "第1回編集講座のふりかえり");

        var view = navigate("surveys/" + id, SurveyView.class);
        var parts = view.form.getChildren().toList();
        assertThat(parts.getFirst().getElement().getTextRecursively())
                .contains("目的: 講座の内容を次回に活かすために伺います。", "このアンケートは無記名です。");
        assertThat(parts.get(1).getElement().getProperty("label")).isEqualTo("1. 講座の満足度は？ （必須）");

        test(find(Button.class).withText("回答を送信").single()).click();
        assertThat(view.message.getText()).isEqualTo("必須の質問に答えてください。");

        var questions = surveys.survey(id).questions();
        view.form.<Integer>field(questions.get(0).id()).setValue(1);
        view.form.<Integer>field(questions.get(2).id()).setValue(5);
        view.form.<String>field(questions.get(3).id()).setValue("資料が見やすかった");
        test(find(Button.class).withText("回答を送信").single()).click();
        assertThat(view.message.getText()).startsWith("回答を受け付けました");
        assertThat(surveys.answered(id)).isTrue();
        assertThat(list).isNotNull();
    }

    @Test
    void a_handler_builds_a_survey_sees_the_screened_words_in_the_preview_and_the_ward_approves_it_with_a_reason() {
        as("handler1");
        var list = navigate("surveys", SurveysView.class);
        var choice = list.session.getListDataView().getItems().filter(s -> s.id() == session).findFirst().orElseThrow();
        list.session.setValue(choice);
        list.title.setValue("画面で作るアンケート");
        test(find(Button.class).withText("下書きを作成").single()).click();
        var edit = (SurveyEditView) UI.getCurrent().getCurrentView();

        test(find(Button.class).withText("質問を追加").single()).click();
        test(find(Button.class).withText("質問を追加").single()).click();
        edit.editors.get(0).kind.setValue(QuestionKind.SCALE);
        edit.editors.get(0).text.setValue("講座は分かりやすかったですか？");
        edit.editors.get(1).text.setValue("あなたの信仰を教えてください");
        edit.editors.get(1).options.setValue("ある\nない");
        test(find(Button.class).withText("上へ").all().get(1)).click();
        assertThat(edit.draft().questions()).extracting(q -> q.text())
                .containsExactly("あなたの信仰を教えてください", "講座は分かりやすかったですか？");

        test(find(Button.class).withText("プレビュー").single()).click();
        String preview = edit.preview.getElement().getTextRecursively();
        assertThat(preview).contains("「信仰」", "区の確認が必要です", "このアンケートは無記名です。");
        assertThat(find(RadioButtonGroup.class).all()).extracting(g -> g.getLabel())
                .contains("1. あなたの信仰を教えてください （必須）", "2. 講座は分かりやすかったですか？ （必須）");

        test(find(Button.class).withText("保存").single()).click();
        var view = (SurveyView) UI.getCurrent().getCurrentView();
        test(find(Button.class).withText("公開申請").single()).click();
        assertThat(view.message.getText()).startsWith("確認が必要な語句があるため");
        long id = surveys.list().stream().filter(l -> l.title().equals("画面で作るアンケート")).findFirst().orElseThrow().id();

        as("ward1");
        var review = navigate("surveys/" + id, SurveyView.class);
        assertThat(find(Paragraph.class).withClassName("survey-finding").all()).extracting(p -> p.getText())
                .anySatisfy(t -> assertThat(t).contains("「信仰」", "思想・信条・宗教"));
        test(find(Button.class).withText("承認して公開").single()).click();
        assertThat(review.message.getText()).isEqualTo("理由を書いてください（承認にも差し戻しにも必要です）。");
        review.reason.setValue("選択肢は「ある・ない」のみで、内容は尋ねないため承認する。");
        test(find(Button.class).withText("承認して公開").single()).click();
        assertThat(review.message.getText()).startsWith("承認しました");
        assertThat(surveys.survey(id).status()).isEqualTo(SurveyStatus.OPEN);
    }

    @Test
    void results_show_counts_and_percentages_as_text_and_withhold_what_fewer_than_three_answered() {
        long id = openSurvey(true);
        for (String resident : List.of("resident1", "resident2", "resident3")) {
            as(resident);
            var survey = surveys.survey(id);
            surveys.answer(id, SessionFixture.answers(survey, 0, List.of(1), 3,
                    resident.equals("resident1") ? "もっと時間がほしい" : null));
        }
        as("ward1");
        navigate("surveys/" + id + "/results", SurveyResultsView.class);

        var bars = find(Div.class).withClassName("survey-bar").all();
        assertThat(bars).extracting(b -> b.getElement().getAttribute("aria-label"))
                .contains("よかった: 3 件（100%）", "ふつう: 0 件（0%）");
        assertThat(text()).contains("回答 3 件／出席 3 名", "回答が3件未満のため、回答者が特定されないよう集計を表示しません。")
                .doesNotContain("もっと時間がほしい");
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).all()).extracting(a -> a.getText())
                .contains("集計 CSV").doesNotContain("回答一覧 CSV（記名・取扱者のみ）");
    }

    @Test
    void each_survey_page_says_a_refusal_in_place_and_answers_an_unknown_survey_with_not_found() {
        long id = openSurvey(true);
        as("resident7");
        navigate("surveys/" + id, SurveyView.class);
        assertThat(text()).isEqualTo("このアンケートは、講座・会議に出席した方に、終了後に公開されます。");
        as("handler1");
        for (String page : List.of("surveys/999999999", "surveys/999999999/edit", "surveys/999999999/results")) {
            UI.getCurrent().navigate(page);
            assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOfAny(SurveyView.class, SurveyEditView.class,
                    SurveyResultsView.class);
        }
    }
}
