package jp.akapen.lecture.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.edition.EditionService;
import jp.akapen.edition.NewCohort;
import jp.akapen.lecture.LectureDraft;
import jp.akapen.lecture.LectureKind;
import jp.akapen.lecture.LectureService;
import jp.akapen.lecture.Rsvp;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The lecture pages as each role sees them, refusals in place (issue 13; W3). */
@AkapenSpringTest
class LectureViewsTest extends SpringBrowserlessTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2100 + (int) (System.nanoTime() % 200));

    @Autowired
    UserDetailsService users;
    @Autowired
    EditionService editions;
    @Autowired
    LectureService lectures;
    @Autowired
    TestSupport.MovableClock clock;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    private void signInAs(String username) {
        TestSupport.signIn(users, username);
        UI.getCurrent().setLocale(Locale.JAPANESE);
    }

    private long id(String username) {
        return ((PortalUser) users.loadUserByUsername(username)).id();
    }

    private long session(String title, String... residents) {
        signInAs("ward1");
        var ids = java.util.Arrays.stream(residents).map(this::id).toList();
        long cohort = TestSupport.freeYear(YEAR, year -> editions.createCohort(new NewCohort(year,
                LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31), "あかね編集室", ids))).id();
        signInAs("handler1");
        Instant start = clock.instant().plus(Duration.ofDays(4));
        return lectures.schedule(new LectureDraft(cohort, LectureKind.MEETING, title, start,
                start.plus(Duration.ofHours(2)), "区民センター", null, 1, "第3号の台割", start.minus(Duration.ofDays(1)),
                List.of()));
    }

    private String message() {
        return find(Div.class).withClassName("lecture-message").single().getElement().getTextRecursively();
    }

    @Test
    void a_resident_answers_on_the_page_and_a_full_session_says_why_it_refuses() {
        long id = session("台割を決める会議", "resident1", "resident2");
        signInAs("resident2");
        lectures.answer(id, Rsvp.ATTEND, null);
        signInAs("resident1");
        navigate(LecturesView.class);
        assertThat(find(Anchor.class).withText("台割を決める会議").single().getHref()).isEqualTo("lectures/" + id);

        navigate("lectures/" + id, LectureView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Rsvp> answer = find(RadioButtonGroup.class).single();
        answer.setValue(Rsvp.ATTEND);
        test(find(Button.class).withText("回答する").single()).click();
        assertThat(message()).isEqualTo(
                "定員（1名）に達したため、出席の回答は受け付けられません。欠席か未定で回答し、空きが出るのを待ってください。");

        answer = find(RadioButtonGroup.class).single();
        answer.setValue(Rsvp.UNDECIDED);
        test(find(Button.class).withText("回答する").single()).click();
        assertThat(message()).isEqualTo("回答を保存しました。");
        assertThat(lectures.lecture(id).mine().answer()).isEqualTo(Rsvp.UNDECIDED);
    }

    @Test
    void a_resident_of_another_cohort_is_told_the_session_is_not_theirs() {
        long id = session("ほかの年度の会議", "resident7");
        signInAs("resident1");
        navigate("lectures/" + id, LectureView.class);
        assertThat(message()).startsWith("この講座・会議には招待されていないため、開けません。");
        assertThat(find(Anchor.class).withText("ほかの年度の会議").exists()).isFalse();
    }

    @Test
    void the_handler_is_told_in_place_that_the_deadline_must_come_before_the_start() {
        signInAs("handler1");
        navigate(LecturesView.class);
        test(find(Button.class).withText("講座・会議を予定する").single()).click();
        test(find(TextField.class).withCaption("題名").single()).setValue("聞き書きの講座");
        test(find(TextField.class).withCaption("場所").single()).setValue("区民センター");
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant(), JapaneseDates.ZONE).plusDays(3)
                .withSecond(0).withNano(0);
        find(DateTimePicker.class).withCaption("開始").single().setValue(start);
        find(DateTimePicker.class).withCaption("終了").single().setValue(start.plusHours(2));
        find(DateTimePicker.class).withCaption("出欠の回答期限").single().setValue(start.plusHours(1));

        test(find(Button.class).withText("保存する").single()).click();

        assertThat(find(Div.class).withClassName("lecture-refusal").single().getElement().getTextRecursively())
                .isEqualTo("回答期限が開始より後です。期限は開始までに設定してください。");
        assertThat(find(DateTimePicker.class).withCaption("開始").single().getHelperText()).startsWith("令和");
    }

    private long demoEndedLecture() {
        signInAs("manager");
        return lectures.lectures().stream().filter(l -> l.title().equals("取材の準備（オリエンテーション）"))
                .findFirst().orElseThrow().id();
    }

    @Test
    void the_lecture_page_leads_each_attendee_to_the_survey_or_says_it_is_answered_and_staff_to_its_results() {
        long id = demoEndedLecture();
        signInAs("resident1");
        navigate("lectures/" + id, LectureView.class);
        String survey = find(Anchor.class).withText("アンケートに回答").single().getHref();
        assertThat(survey).matches("surveys/[0-9]+");
        assertThat(find(Anchor.class).withText("集計結果").exists()).isFalse();

        signInAs("resident2");
        navigate("lectures/" + id, LectureView.class);
        assertThat(find(Anchor.class).withText("アンケートに回答").exists()).isFalse();
        assertThat(find(Div.class).withClassName("lecture-survey").single().getElement().getTextRecursively())
                .isEqualTo("オリエンテーション 受講アンケート 回答済み");

        for (String staff : List.of("handler1", "ward1")) {
            signInAs(staff);
            navigate("lectures/" + id, LectureView.class);
            assertThat(find(Anchor.class).withText("アンケートを開く").single().getHref()).isEqualTo(survey);
            assertThat(find(Anchor.class).withClassName("lecture-survey-results").single().getHref())
                    .isEqualTo(survey + "/results");
        }
    }

    @Test
    void a_session_without_a_survey_shows_no_survey_section() {
        long id = session("アンケートのない会議", "resident1");
        signInAs("resident1");
        navigate("lectures/" + id, LectureView.class);
        assertThat(find(Div.class).withClassName("lecture-survey").exists()).isFalse();
    }

    @Test
    void the_organiser_cancels_with_a_reason_which_the_page_then_shows_to_the_invited() {
        long id = session("中止になる会議", "resident1");
        signInAs("handler1");
        navigate("lectures/" + id, LectureView.class);
        test(find(Button.class).withText("中止する").single()).click();
        test(find(Button.class).withText("中止を確定する").single()).click();
        assertThat(message()).isEqualTo("中止の理由を入力してください。招待した全員にお知らせします。");
        test(find(com.vaadin.flow.component.textfield.TextArea.class).withCaption("中止の理由").single())
                .setValue("会場の都合により");
        test(find(Button.class).withText("中止を確定する").single()).click();
        assertThat(message()).isEqualTo("この回は中止になりました。");

        signInAs("resident1");
        navigate("lectures/" + id, LectureView.class);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withClassName("lecture-cancel-reason").single()
                .getText()).isEqualTo("中止の理由: 会場の都合により");
        navigate(LecturesView.class);
        assertThat(find(com.vaadin.flow.component.html.Span.class).withClassName("lecture-cancelled").exists()).isTrue();
    }
}
