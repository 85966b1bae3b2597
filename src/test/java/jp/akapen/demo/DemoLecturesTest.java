package jp.akapen.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.lecture.DemoSessions;
import jp.akapen.lecture.Lecture;
import jp.akapen.lecture.LectureDetail;
import jp.akapen.lecture.LectureDraft;
import jp.akapen.lecture.LectureKind;
import jp.akapen.lecture.LectureService;
import jp.akapen.lecture.Rsvp;
import jp.akapen.lecture.survey.Survey;
import jp.akapen.lecture.survey.SurveyService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What a new user finds in the demo's lectures: an ended one whose survey they can try (issue 13; W3, W4). */
@AkapenSpringTest
class DemoLecturesTest {

    @Autowired
    LectureService lectures;
    @Autowired
    SurveyService surveys;
    @Autowired
    DemoSessions endedSessions;
    @Autowired
    UserDetailsService users;

    Lecture ended() {
        return lectures.lectures().stream().filter(l -> l.title().equals(DemoLectures.ENDED_TITLE)).findFirst()
                .orElseThrow();
    }

    @Test
    void the_demo_has_an_ended_lecture_with_attendance_and_answers_given_before_its_deadline() {
        TestSupport.signIn(users, "manager");
        Lecture ended = ended();
        assertThat(ended.endsAt()).isBefore(Instant.now());
        assertThat(ended.cancelled()).isFalse();
        LectureDetail detail = lectures.lecture(ended.id());
        assertThat(detail.roster()).filteredOn(LectureDetail.RosterEntry::attended)
                .extracting(LectureDetail.RosterEntry::penName)
                .containsExactlyInAnyOrder("さくら", "若葉", "青空", "こもれび", "ひなた");
        assertThat(detail.roster()).filteredOn(r -> r.penName().equals("しおり"))
                .extracting(LectureDetail.RosterEntry::answer).containsExactly(Rsvp.DECLINE);
        assertThat(detail.roster()).filteredOn(r -> r.answer() != null)
                .allSatisfy(r -> assertThat(r.answeredAt()).isBefore(ended.rsvpDeadline()));
        assertThat(lectures.lectures()).extracting(Lecture::title).contains("聞き書きの基本（第1回 編集講座）");
    }

    @Test
    void resident1_attended_and_may_still_answer_the_open_survey_whose_results_already_show_four_answers() {
        TestSupport.signIn(users, "resident1");
        var mine = surveys.list().stream().filter(s -> s.title().equals(DemoLectures.SURVEY_TITLE)).toList();
        assertThat(mine).extracting(Survey.Listed::role).containsExactly(Survey.Role.TO_ANSWER);
        Survey survey = surveys.survey(mine.getFirst().id());
        assertThat(survey.purpose()).contains("匿名");
        assertThat(survey.questions()).hasSize(4);
        assertThat(survey.actions()).contains(Survey.Action.ANSWER);

        TestSupport.signIn(users, "resident2");
        assertThat(surveys.list()).filteredOn(s -> s.title().equals(DemoLectures.SURVEY_TITLE))
                .extracting(Survey.Listed::role).containsExactly(Survey.Role.ANSWERED);

        TestSupport.signIn(users, "handler1");
        var results = surveys.results(survey.id());
        assertThat(results.responses()).isEqualTo(4);
        assertThat(results.questions().getFirst().withheld()).isFalse();
        assertThat(results.questions().getFirst().bars()).extracting(b -> b.count()).contains(2);
    }

    @Test
    void no_user_path_schedules_a_start_in_the_past_and_the_demos_own_path_takes_only_ended_sessions() {
        TestSupport.signIn(users, "manager");
        Lecture ended = ended();
        var past = new LectureDraft(ended.cohortId(), LectureKind.MEETING, "過去の会議", ended.startsAt(),
                ended.endsAt(), "区役所", null, null, null, ended.rsvpDeadline(), List.of());
        assertThatThrownBy(() -> lectures.schedule(past)).hasMessage("lecture.refused.start-past");
        Instant soon = Instant.now().plus(Duration.ofDays(2));
        var upcoming = new LectureDraft(ended.cohortId(), LectureKind.MEETING, "先の会議", soon,
                soon.plus(Duration.ofHours(1)), "区役所", null, null, null, soon.minus(Duration.ofDays(1)), List.of());
        assertThatThrownBy(() -> endedSessions.scheduleEnded(upcoming)).hasMessage("lecture.refused.times-missing");
    }
}
