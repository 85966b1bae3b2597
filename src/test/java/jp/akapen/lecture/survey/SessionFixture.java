package jp.akapen.lecture.survey;

import static jp.akapen.db.Tables.ACCOUNT;
import static jp.akapen.db.Tables.COHORT;
import static jp.akapen.db.Tables.LECTURE_ATTENDANCE;
import static jp.akapen.db.Tables.LECTURE_SESSION;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.akapen.db.enums.LectureAttendanceHow;
import jp.akapen.db.enums.LectureSessionKind;
import jp.akapen.lecture.survey.Answer;
import org.jooq.DSLContext;

/**
 * Sessions and attendance written straight into the tables (the sessions' own service is built elsewhere), for
 * survey tests: a lecture of the demo cohort that ended {@code endedAgo} before {@code now}, attended by the given
 * demo residents.
 */
public record SessionFixture(DSLContext db) {

    public long id(String username) {
        return db.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.USERNAME.eq(username)).fetchOne(ACCOUNT.ID);
    }

    public long session(String title, Instant now, Duration endedAgo, List<String> attendees) {
        Instant ends = now.minus(endedAgo);
        long cohort = db.select(COHORT.ID).from(COHORT).orderBy(COHORT.ID).limit(1).fetchOne(COHORT.ID);
        long handler = id("handler1");
        long session = db.insertInto(LECTURE_SESSION)
                .set(LECTURE_SESSION.COHORT_ID, cohort)
                .set(LECTURE_SESSION.KIND, LectureSessionKind.LECTURE)
                .set(LECTURE_SESSION.TITLE, title)
                .set(LECTURE_SESSION.STARTS_AT, ends.minus(Duration.ofHours(2)))
                .set(LECTURE_SESSION.ENDS_AT, ends)
                .set(LECTURE_SESSION.RSVP_DEADLINE, ends.minus(Duration.ofDays(3)))
                .set(LECTURE_SESSION.CREATED_BY, handler)
                .set(LECTURE_SESSION.CREATED_AT, ends.minus(Duration.ofDays(10)))
                .returning(LECTURE_SESSION.ID).fetchOne(LECTURE_SESSION.ID);
        for (String resident : attendees) {
            db.insertInto(LECTURE_ATTENDANCE).set(LECTURE_ATTENDANCE.SESSION_ID, session)
                    .set(LECTURE_ATTENDANCE.RESIDENT_ID, id(resident)).set(LECTURE_ATTENDANCE.HOW, LectureAttendanceHow.TICKED)
                    .set(LECTURE_ATTENDANCE.RECORDED_BY, handler).set(LECTURE_ATTENDANCE.RECORDED_AT, ends)
                    .execute();
        }
        return session;
    }

    /** Four questions, one of each kind; the free-text one optional. */
    public static SurveyDraft draft(long session, boolean anonymous, String firstQuestion) {
        return new SurveyDraft(session, "第1回編集講座のふりかえり", "講座の内容を次回に活かすために伺います。", anonymous,
                LocalDate.now().plusDays(14), List.of(
                        new Question(null, QuestionKind.SINGLE, firstQuestion, true, List.of("よかった", "ふつう", "もの足りない")),
                        new Question(null, QuestionKind.MULTIPLE, "役に立った内容は？", false, List.of("取材", "構成", "校正")),
                        new Question(null, QuestionKind.SCALE, "難しさは？", true, List.of()),
                        new Question(null, QuestionKind.TEXT, "ご意見をお書きください。", false, List.of())));
    }

    public static java.util.Map<Long, Answer> answers(Survey survey, int single, List<Integer> multiple, int scale,
            String text) {
        var q = survey.questions();
        var map = new java.util.HashMap<Long, Answer>();
        map.put(q.get(0).id(), new Answer.Choice(List.of(single)));
        map.put(q.get(1).id(), new Answer.Choice(multiple));
        map.put(q.get(2).id(), new Answer.Scale(scale));
        if (text != null) {
            map.put(q.get(3).id(), new Answer.Text(text));
        }
        return map;
    }
}
