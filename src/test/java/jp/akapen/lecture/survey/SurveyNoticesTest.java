package jp.akapen.lecture.survey;

import static jp.akapen.db.Tables.NOTICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Attendees are told a survey is open, and reminded before it closes, each once (issue 13 items 6, 8; W4). */
@AkapenSpringTest
class SurveyNoticesTest {

    @Autowired
    SurveyService surveys;
    @Autowired
    SurveyNotices notices;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext db;
    @Autowired
    TestSupport.MovableClock clock;

    SessionFixture fixture;
    long session;

    @BeforeEach
    void aLectureThatEndsInAnHourAttendedByThreeResidents() {
        fixture = new SessionFixture(db);
        // ends in an hour: the session is still running. (Moving the clock back instead made handler1's designation,
        // which starts today in Tokyo, lie in the future between midnight and 2 a.m. there.)
        session = fixture.session("編集講座 " + UUID.randomUUID().toString().substring(0, 6), clock.instant(),
                Duration.ofHours(-1), List.of("resident1", "resident2", "resident3"));
    }

    @AfterEach
    void timeBackToNormal() {
        clock.reset();
    }

    long opened() {
        TestSupport.signIn(users, "handler1");
        long id = surveys.create(SessionFixture.draft(session, true, "講座の満足度は？"));
        assertThat(surveys.submit(id)).isEqualTo(SurveyStatus.OPEN);
        TestSupport.signOut();
        return id;
    }

    @Test
    void attendees_are_told_once_when_the_session_has_ended_and_only_those_who_have_not_answered_are_reminded()
            throws Exception {
        long id = opened();
        notices.notifyDue();
        assertThat(noticesOf(id, SurveyNotices.OPENED)).as("before the session ends").isEmpty();

        clock.advance(Duration.ofHours(3));
        var start = new CyclicBarrier(2);
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> runs = List.of(pool.submit(() -> {
                start.await();
                return notices.notifyDue();
            }), pool.submit(() -> {
                start.await();
                return notices.notifyDue();
            }));
            for (var run : runs) {
                run.get();
            }
        }
        assertThat(noticesOf(id, SurveyNotices.OPENED)).as("each attendee once, with two senders at once")
                .containsExactlyInAnyOrder(fixture.id("resident1"), fixture.id("resident2"), fixture.id("resident3"));
        assertThat(noticesOf(id, SurveyNotices.REMINDER)).as("told two weeks ahead, not yet reminded").isEmpty();

        TestSupport.signIn(users, "resident1");
        var survey = surveys.survey(id);
        surveys.answer(id, SessionFixture.answers(survey, 0, List.of(0), 3, null));
        TestSupport.signOut();

        clock.advance(Duration.ofDays(13));
        notices.notifyDue();
        notices.notifyDue();
        assertThat(noticesOf(id, SurveyNotices.REMINDER)).as("two days before it closes, those who have not answered")
                .containsExactlyInAnyOrder(fixture.id("resident2"), fixture.id("resident3"));
        assertThat(noticesOf(id, SurveyNotices.OPENED)).hasSize(3);
    }

    @Test
    void attendees_first_told_inside_the_reminder_time_are_not_reminded_as_well() {
        clock.advance(Duration.ofDays(13));
        long id = opened();
        notices.notifyDue();
        notices.notifyDue();
        assertThat(noticesOf(id, SurveyNotices.OPENED)).hasSize(3);
        assertThat(noticesOf(id, SurveyNotices.REMINDER)).isEmpty();
    }

    List<Long> noticesOf(long survey, String key) {
        return db.select(NOTICE.RECIPIENT_ACCOUNT_ID).from(NOTICE)
                .where(NOTICE.MESSAGE_KEY.eq(key), NOTICE.LINK.eq("surveys/" + survey))
                .orderBy(NOTICE.ID).fetch(NOTICE.RECIPIENT_ACCOUNT_ID);
    }
}
