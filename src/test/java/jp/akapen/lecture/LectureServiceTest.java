package jp.akapen.lecture;

import static jp.akapen.db.Tables.ACCOUNT;
import static jp.akapen.db.Tables.AUDIT_EVENT;
import static jp.akapen.db.Tables.MAIL_MESSAGE;
import static jp.akapen.db.Tables.NOTICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.db.enums.MailMessageState;
import jp.akapen.edition.EditionService;
import jp.akapen.edition.NewCohort;
import jp.akapen.mail.MailComposer;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Sessions, answers, reminders and check-in as the service enforces them (issue 13 items 1–5; seed W3, E4, P4). */
@AkapenSpringTest
class LectureServiceTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2400 + (int) (System.nanoTime() % 300));

    @Autowired
    LectureService lectures;
    @Autowired
    AttendanceService attendance;
    @Autowired
    LectureReminders reminders;
    @Autowired
    EditionService editions;
    @Autowired
    MailComposer composer;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestSupport.MovableClock clock;
    @Autowired
    DSLContext db;

    @AfterEach
    void timeAndMailBackToNormal() {
        clock.reset();
        db.update(MAIL_MESSAGE).set(MAIL_MESSAGE.NEXT_ATTEMPT_AT, (Instant) null)
                .set(MAIL_MESSAGE.STATE, MailMessageState.FAILED)
                .where(MAIL_MESSAGE.STATE.eq(MailMessageState.APPROVED), MAIL_MESSAGE.SUBJECT.startsWith("【ご案内】"))
                .execute();
    }

    long id(String username) {
        return db.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.USERNAME.eq(username)).fetchOne(ACCOUNT.ID);
    }

    long cohortOf(String... residents) {
        TestSupport.signIn(users, "ward1");
        var ids = java.util.Arrays.stream(residents).map(this::id).toList();
        return TestSupport.freeYear(YEAR, year -> editions.createCohort(new NewCohort(year, LocalDate.of(year, 4, 1),
                LocalDate.of(year + 1, 3, 31), "あかね編集室（講座のテスト）", ids))).id();
    }

    LectureDraft draft(long cohort, Duration startsIn, Duration deadlineIn, Integer capacity) {
        Instant now = clock.instant();
        return new LectureDraft(cohort, LectureKind.LECTURE, "文章の書き方講座", now.plus(startsIn),
                now.plus(startsIn).plus(Duration.ofHours(2)), "区民センター第1会議室", null, capacity,
                "取材メモから記事へ", now.plus(deadlineIn), List.of());
    }

    long scheduled(long cohort, Duration startsIn, Duration deadlineIn, Integer capacity) {
        TestSupport.signIn(users, "handler1");
        return lectures.schedule(draft(cohort, startsIn, deadlineIn, capacity));
    }

    void as(String username) {
        TestSupport.signIn(users, username);
    }

    @Test
    void a_session_is_refused_with_the_reason_when_its_deadline_end_or_capacity_make_no_sense() {
        long cohort = cohortOf("resident1");
        as("handler1");
        var good = draft(cohort, Duration.ofDays(5), Duration.ofDays(3), 10);
        var lateDeadline = new LectureDraft(cohort, good.kind(), good.title(), good.startsAt(), good.endsAt(),
                good.place(), null, 10, null, good.startsAt().plus(Duration.ofHours(1)), List.of());
        var endBeforeStart = new LectureDraft(cohort, good.kind(), good.title(), good.startsAt(),
                good.startsAt().minus(Duration.ofHours(1)), good.place(), null, 10, null, good.rsvpDeadline(),
                List.of());
        var noSeats = new LectureDraft(cohort, good.kind(), good.title(), good.startsAt(), good.endsAt(),
                good.place(), null, 0, null, good.rsvpDeadline(), List.of());
        var nowhere = new LectureDraft(cohort, good.kind(), good.title(), good.startsAt(), good.endsAt(),
                " ", "http://insecure.example.jp", 10, null, good.rsvpDeadline(), List.of());

        assertThatThrownBy(() -> lectures.schedule(lateDeadline)).hasMessage("lecture.refused.deadline-after-start");
        assertThatThrownBy(() -> lectures.schedule(endBeforeStart)).hasMessage("lecture.refused.end-before-start");
        assertThatThrownBy(() -> lectures.schedule(noSeats)).hasMessage("lecture.refused.capacity");
        assertThatThrownBy(() -> lectures.schedule(nowhere)).hasMessage("lecture.refused.url");
        as("staff1");
        assertThatThrownBy(() -> lectures.schedule(good)).isInstanceOf(RuntimeException.class);
        as("handler1");
        assertThat(lectures.schedule(good)).isPositive();
    }

    @Test
    void a_resident_changes_the_answer_until_the_deadline_and_not_after() {
        long session = scheduled(cohortOf("resident1", "resident2"), Duration.ofDays(5), Duration.ofDays(3), null);
        as("resident1");
        lectures.answer(session, Rsvp.UNDECIDED, "仕事の都合を確認中です");
        lectures.answer(session, Rsvp.ATTEND, null);
        assertThat(lectures.lecture(session).mine().answer()).isEqualTo(Rsvp.ATTEND);

        clock.advance(Duration.ofDays(3).plusMinutes(1));

        assertThatThrownBy(() -> lectures.answer(session, Rsvp.DECLINE, null))
                .hasMessage("lecture.refused.deadline-passed");
        assertThat(lectures.lecture(session).actions()).doesNotContain(LectureDetail.Action.ANSWER);
        assertThat(lectures.lecture(session).mine().answer()).isEqualTo(Rsvp.ATTEND);
    }

    @Test
    void attending_beyond_the_capacity_is_refused_until_a_seat_is_freed() {
        long session = scheduled(cohortOf("resident1", "resident2"), Duration.ofDays(5), Duration.ofDays(3), 1);
        as("resident1");
        lectures.answer(session, Rsvp.ATTEND, null);
        as("resident2");
        assertThatThrownBy(() -> lectures.answer(session, Rsvp.ATTEND, null)).hasMessage("lecture.refused.full");
        lectures.answer(session, Rsvp.UNDECIDED, "空きが出たら出席します");
        as("resident1");
        lectures.answer(session, Rsvp.DECLINE, "体調不良のため");
        as("resident2");
        lectures.answer(session, Rsvp.ATTEND, null);

        as("handler2");
        var roster = lectures.lecture(session).roster();
        assertThat(roster).extracting(LectureDetail.RosterEntry::penName, LectureDetail.RosterEntry::answer)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("さくら", Rsvp.DECLINE),
                        org.assertj.core.groups.Tuple.tuple("若葉", Rsvp.ATTEND));
    }

    @Test
    void a_resident_of_another_cohort_cannot_open_the_session_and_the_refusal_is_audited() {
        long session = scheduled(cohortOf("resident7"), Duration.ofDays(5), Duration.ofDays(3), null);
        as("resident1");

        assertThatThrownBy(() -> lectures.lecture(session)).hasMessage("lecture.refused.not-invited");
        assertThatThrownBy(() -> lectures.answer(session, Rsvp.ATTEND, null))
                .hasMessage("lecture.refused.not-invited");
        assertThat(lectures.lectures()).extracting(Lecture::id).doesNotContain(session);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.OBJECT_TYPE.eq("lecture"),
                AUDIT_EVENT.OBJECT_ID.eq(String.valueOf(session)), AUDIT_EVENT.ACTION.eq("ACCESS_DENIED"),
                AUDIT_EVENT.ACTOR_ID.eq(id("resident1")))).isEqualTo(2);
        as("resident7");
        assertThat(lectures.lecture(session).lecture().title()).isEqualTo("文章の書き方講座");
    }

    @Test
    void the_reminder_reaches_only_those_who_have_not_answered_once_per_deadline_even_when_two_run_at_once()
            throws Exception {
        long session = scheduled(cohortOf("resident1", "resident2", "resident3"), Duration.ofDays(6),
                Duration.ofDays(4), null);
        as("resident1");
        lectures.answer(session, Rsvp.ATTEND, null);
        as("resident2");
        lectures.answer(session, Rsvp.DECLINE, null);
        TestSupport.signOut();
        reminders.remindDue();
        assertThat(remindersOf(session)).isEmpty();

        clock.advance(Duration.ofDays(2).plusHours(1));
        var start = new CyclicBarrier(2);
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> runs = List.of(pool.submit(() -> {
                start.await();
                return reminders.remindDue();
            }), pool.submit(() -> {
                start.await();
                return reminders.remindDue();
            }));
            for (var run : runs) {
                run.get();
            }
        }
        reminders.remindDue();
        assertThat(remindersOf(session)).containsExactly(id("resident3"));

        as("handler1");
        var later = draft(-1, Duration.ofDays(6).minus(Duration.ofDays(2).plusHours(1)),
                Duration.ofDays(1), null);
        lectures.update(session, later);
        TestSupport.signOut();
        reminders.remindDue();
        assertThat(remindersOf(session)).containsExactly(id("resident3"), id("resident3"));
    }

    List<Long> remindersOf(long session) {
        return db.select(NOTICE.RECIPIENT_ACCOUNT_ID).from(NOTICE)
                .where(NOTICE.MESSAGE_KEY.eq(LectureReminders.NOTICE), NOTICE.LINK.eq("lectures/" + session))
                .orderBy(NOTICE.ID).fetch(NOTICE.RECIPIENT_ACCOUNT_ID);
    }

    @Test
    void the_check_in_code_works_only_during_the_session_and_five_wrong_codes_make_the_resident_wait() {
        long session = scheduled(cohortOf("resident3", "resident4"), Duration.ofHours(2), Duration.ofHours(1), null);
        assertThatThrownBy(() -> attendance.newCheckinCode(session)).hasMessage("lecture.refused.checkin-closed");

        clock.advance(Duration.ofMinutes(95));
        as("handler2");
        String code = attendance.newCheckinCode(session);
        assertThat(code).matches("[0-9]{6}");
        String wrong = code.equals("000000") ? "111111" : "000000";
        as("resident3");
        for (int i = 0; i < CheckinCodes.MAX_WRONG; i++) {
            assertThatThrownBy(() -> attendance.checkIn(session, wrong)).hasMessage("lecture.refused.checkin-wrong-code");
        }
        assertThatThrownBy(() -> attendance.checkIn(session, code)).hasMessage("lecture.refused.checkin-too-many")
                .satisfies(e -> assertThat(((LectureException) e).args()).containsExactly("10"));
        as("resident4");
        attendance.checkIn(session, code);
        assertThat(lectures.lecture(session).attended()).isTrue();

        clock.advance(Duration.ofMinutes(11));
        as("resident3");
        attendance.checkIn(session, code);
        assertThat(lectures.lecture(session).attended()).isTrue();

        clock.advance(Duration.ofHours(3));
        as("resident4");
        assertThatThrownBy(() -> attendance.checkIn(session, code)).hasMessage("lecture.refused.checkin-closed");
    }

    @Test
    void the_invitation_is_drafted_for_a_second_approver_and_its_approval_puts_it_in_each_residents_inbox() {
        long session = scheduled(cohortOf("resident5", "resident6"), Duration.ofDays(10), Duration.ofDays(7), 20);
        as("handler1");
        long mail = lectures.draftInvitation(session);
        var drafted = composer.mail(mail);
        assertThat(drafted.subject()).startsWith("【ご案内】編集講座「文章の書き方講座」（令和");
        assertThat(drafted.body()).contains("/lectures/" + session).contains("出欠の回答期限：令和")
                .doesNotContain("ひなた");
        assertThat(drafted.recipientIds()).containsExactlyInAnyOrder(id("resident5"), id("resident6"));
        assertThat(invitationNotices(session)).isEmpty();
        assertThatThrownBy(() -> lectures.draftInvitation(session)).hasMessage("lecture.refused.invitation-exists");

        as("handler2");
        composer.approve(mail, composer.mail(mail).contentHash());

        assertThat(invitationNotices(session)).containsExactlyInAnyOrder(id("resident5"), id("resident6"));
        assertThat(lectures.lecture(session).lecture().invitationMailId()).isEqualTo(mail);
    }

    List<Long> invitationNotices(long session) {
        return db.select(NOTICE.RECIPIENT_ACCOUNT_ID).from(NOTICE)
                .where(NOTICE.MESSAGE_KEY.eq(InvitationNotices.NOTICE), NOTICE.LINK.eq("lectures/" + session))
                .fetch(NOTICE.RECIPIENT_ACCOUNT_ID);
    }

    @Test
    void the_ward_reads_the_attendance_rate_per_session_and_per_resident_by_pen_name() {
        long session = scheduled(cohortOf("resident1", "resident2"), Duration.ofHours(1), Duration.ofMinutes(30), null);
        clock.advance(Duration.ofMinutes(45));
        as("handler1");
        attendance.tick(session, id("resident1"), true);
        clock.advance(Duration.ofHours(3));
        as("ward1");
        var report = attendance.report(jp.akapen.shared.JapaneseDates.fiscalYearOf(
                jp.akapen.shared.JapaneseDates.today(clock)));
        var row = report.sessions().stream().filter(s -> s.sessionId() == session).findFirst().orElseThrow();
        assertThat(row.invited()).isEqualTo(2);
        assertThat(row.attended()).isEqualTo(1);
        assertThat(row.percent()).isEqualTo(50);
        assertThat(report.residents()).extracting(AttendanceReport.PerResident::penName).contains("さくら", "若葉");
    }

    @Test
    void a_resident_who_joins_the_cohort_later_is_invited_to_its_upcoming_sessions_told_at_once_and_may_answer() {
        long cohort = cohortOf("resident5");
        long started = scheduled(cohort, Duration.ofHours(1), Duration.ofMinutes(30), null);
        long upcoming = scheduled(cohort, Duration.ofDays(10), Duration.ofDays(7), 20);
        long mail = lectures.draftInvitation(upcoming);
        as("handler2");
        composer.approve(mail, composer.mail(mail).contentHash());
        clock.advance(Duration.ofMinutes(90));

        as("ward1");
        editions.addResident(cohort, id("resident6"));

        assertThat(invitationNotices(upcoming)).containsExactlyInAnyOrder(id("resident5"), id("resident6"));
        as("resident6");
        assertThat(lectures.lectures()).extracting(Lecture::id).contains(upcoming).doesNotContain(started);
        lectures.answer(upcoming, Rsvp.ATTEND, "途中からですがよろしくお願いします");
        assertThat(lectures.lecture(upcoming).mine().answer()).isEqualTo(Rsvp.ATTEND);

        as("handler1");
        var detail = lectures.lecture(upcoming);
        assertThat(detail.lateJoiners()).isEqualTo(1);
        assertThat(detail.actions()).contains(LectureDetail.Action.DRAFT_FOLLOWUP);
        long followup = lectures.draftFollowup(upcoming);
        assertThat(composer.mail(followup).recipientIds()).containsExactly(id("resident6"));
        assertThat(lectures.lecture(upcoming).lateJoiners()).isZero();
        assertThatThrownBy(() -> lectures.draftFollowup(upcoming)).hasMessage("lecture.refused.nobody-late");
        as("ward1");
        assertThatThrownBy(() -> editions.addResident(cohort, id("resident6")))
                .hasMessage("edition.error.already-member");
    }

    @Test
    void a_resident_who_joins_before_the_invitation_is_drafted_is_simply_in_it() {
        long cohort = cohortOf("resident3");
        long session = scheduled(cohort, Duration.ofDays(10), Duration.ofDays(7), null);
        as("ward1");
        editions.addResident(cohort, id("resident4"));
        assertThat(invitationNotices(session)).isEmpty();
        as("handler1");
        assertThat(lectures.lecture(session).lateJoiners()).isZero();
        long mail = lectures.draftInvitation(session);
        assertThat(composer.mail(mail).recipientIds()).containsExactlyInAnyOrder(id("resident3"), id("resident4"));
    }

    @Test
    void a_cancellation_needs_a_reason_tells_every_invited_resident_in_the_inbox_and_by_mail_and_is_shown_with_it() {
        long session = scheduled(cohortOf("resident1", "resident2"), Duration.ofDays(5), Duration.ofDays(3), null);
        as("resident1");
        lectures.answer(session, Rsvp.ATTEND, null);
        assertThatThrownBy(() -> lectures.cancel(session, "行きません")).isInstanceOf(RuntimeException.class);
        as("handler1");
        assertThatThrownBy(() -> lectures.cancel(session, "  ")).hasMessage("lecture.refused.cancel-reason-missing");
        assertThat(lectures.lecture(session).lecture().cancelled()).isFalse();

        lectures.cancel(session, "講師の体調不良のため");

        var told = db.select(NOTICE.ID, NOTICE.RECIPIENT_ACCOUNT_ID).from(NOTICE)
                .where(NOTICE.MESSAGE_KEY.eq(LectureService.NOTICE_CANCELLED), NOTICE.LINK.eq("lectures/" + session))
                .fetch();
        assertThat(told.getValues(NOTICE.RECIPIENT_ACCOUNT_ID))
                .containsExactlyInAnyOrder(id("resident1"), id("resident2"));
        assertThat(db.fetchCount(MAIL_MESSAGE, MAIL_MESSAGE.NOTICE_ID.in(told.getValues(NOTICE.ID)))).isEqualTo(2);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.OBJECT_TYPE.eq("lecture"),
                AUDIT_EVENT.OBJECT_ID.eq(String.valueOf(session)), AUDIT_EVENT.ACTION.eq("LECTURE_CANCELLED")))
                .isEqualTo(1);
        assertThatThrownBy(() -> lectures.cancel(session, "二度目")).hasMessage("lecture.refused.cancelled");

        as("resident1");
        var mine = lectures.lectures().stream().filter(l -> l.id() == session).findFirst().orElseThrow();
        assertThat(mine.cancelled()).isTrue();
        assertThat(mine.cancelReason()).isEqualTo("講師の体調不良のため");
        assertThat(lectures.lecture(session).actions()).doesNotContain(LectureDetail.Action.ANSWER);
    }
}
