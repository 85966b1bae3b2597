package jp.akapen.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jp.akapen.lecture.AttendanceService;
import jp.akapen.lecture.DemoSessions;
import jp.akapen.lecture.LectureDraft;
import jp.akapen.lecture.LectureKind;
import jp.akapen.lecture.LectureService;
import jp.akapen.lecture.Rsvp;
import jp.akapen.lecture.survey.Answer;
import jp.akapen.lecture.survey.Question;
import jp.akapen.lecture.survey.QuestionKind;
import jp.akapen.lecture.survey.SurveyDraft;
import jp.akapen.lecture.survey.SurveyService;
import jp.akapen.shared.JapaneseDates;

/**
 * The demo cohort's sessions (issue 13): an editing lecture in ten days, and one that ended two weeks ago, with the
 * attendance of five residents and an open anonymous survey that four of them have answered, so that its results show
 * bars. resident1 (さくら) attended and has not answered: signed in as resident1, a new user can try the survey.
 */
final class DemoLectures {

    static final String ENDED_TITLE = "取材の準備（オリエンテーション）";
    static final String SURVEY_TITLE = "オリエンテーション 受講アンケート";
    static final List<String> ATTENDED = List.of("resident1", "resident2", "resident3", "resident4", "resident5");
    static final List<String> ANSWERED = List.of("resident2", "resident3", "resident4", "resident5");

    private DemoLectures() {
    }

    /** As the manager and each resident in turn through {@code as}; leaves ward1 signed in. */
    static void seed(LectureService lectures, DemoSessions ended, AttendanceService attendance, SurveyService surveys,
            long cohortId, Map<String, Long> residentId, Consumer<String> as, Clock clock) {
        as.accept("manager");
        var start = JapaneseDates.today(clock).plusDays(10).atTime(14, 0).atZone(JapaneseDates.ZONE).toInstant();
        lectures.schedule(new LectureDraft(cohortId, LectureKind.LECTURE, "聞き書きの基本（第1回 編集講座）", start,
                start.plus(Duration.ofHours(2)), "区民センター 第2会議室（架空）", null, 20,
                "取材メモから記事にするまでの流れを、第3号の原稿を例に学びます。筆記用具をお持ちください。",
                start.minus(Duration.ofDays(3)), List.of()));

        Instant past = JapaneseDates.today(clock).minusDays(14).atTime(14, 0).atZone(JapaneseDates.ZONE).toInstant();
        long session = ended.scheduleEnded(new LectureDraft(cohortId, LectureKind.LECTURE, ENDED_TITLE, past,
                past.plus(Duration.ofHours(2)), "区民センター 第1会議室（架空）", null, 20,
                "編集委員の一年の流れと、取材の申し込みから当日までの準備を確かめます。",
                past.minus(Duration.ofDays(3)), List.of()));
        for (String resident : residentId.keySet().stream().sorted().toList()) {
            as.accept(resident);
            if (ATTENDED.contains(resident)) {
                ended.answerEnded(session, Rsvp.ATTEND, null);
            } else if (resident.equals("resident6")) {
                ended.answerEnded(session, Rsvp.DECLINE, "仕事の都合で欠席します");
            }
        }
        as.accept("manager");
        for (String resident : ATTENDED) {
            attendance.tick(session, residentId.get(resident), true);
        }
        long survey = surveys.create(new SurveyDraft(session, SURVEY_TITLE,
                "オリエンテーションの内容と進め方を見直し、次回からの編集講座をよりよくするために使います。"
                        + "回答は匿名で集計し、どなたの回答かはわかりません。",
                true, JapaneseDates.today(clock).plusDays(14), QUESTIONS));
        surveys.submit(survey);
        var questions = surveys.survey(survey).questions();
        int n = 0;
        for (String resident : ANSWERED) {
            as.accept(resident);
            surveys.answer(survey, Map.of(
                    questions.get(0).id(), new Answer.Scale(n == 3 ? 3 : 4 + n % 2),
                    questions.get(1).id(), new Answer.Choice(List.of(n == 2 ? 2 : 1)),
                    questions.get(2).id(), new Answer.Choice(n % 2 == 0 ? List.of(0, 1) : List.of(1, 2)),
                    questions.get(3).id(), new Answer.Text(TEXTS.get(n))));
            n++;
        }
        as.accept("ward1");
    }

    static final List<Question> QUESTIONS = List.of(
            new Question(null, QuestionKind.SCALE, "オリエンテーションの内容に満足しましたか（1：不満 〜 5：満足）", true,
                    List.of()),
            new Question(null, QuestionKind.SINGLE, "時間の長さはどうでしたか", true, List.of("短い", "ちょうどよい", "長い")),
            new Question(null, QuestionKind.MULTIPLE, "役に立った内容を選んでください（いくつでも）", false,
                    List.of("一年の流れ", "取材の申し込み方", "取材メモの取り方", "写真の扱い")),
            new Question(null, QuestionKind.TEXT, "次の講座で取り上げてほしいことがあれば、お書きください", false,
                    List.of()));

    private static final List<String> TEXTS = List.of("見出しの付け方を知りたいです。", "写真の撮り方の実習があるとうれしいです。",
            "ほかの編集委員の原稿の進め方を聞いてみたいです。", "");
}
