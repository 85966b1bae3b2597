package jp.akapen.lecture;

import static jp.akapen.db.Tables.LECTURE_ATTENDANCE;
import static jp.akapen.db.Tables.LECTURE_CHECKIN_FAILURE;
import static jp.akapen.db.Tables.LECTURE_INVITATION;
import static jp.akapen.db.Tables.LECTURE_MATERIAL;
import static jp.akapen.db.Tables.LECTURE_REMINDER;
import static jp.akapen.db.Tables.LECTURE_SESSION;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.akapen.db.enums.LectureAttendanceHow;
import jp.akapen.db.enums.LectureInvitationAnswer;
import jp.akapen.db.enums.LectureSessionKind;
import jp.akapen.db.tables.records.LectureSessionRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/** Sessions, invitations with answers, reminders sent, materials, attendance and wrong check-in codes (V019). */
@Repository
class LectureRepository {

    record SessionRow(long id, long cohortId, LectureKind kind, String title, Instant startsAt, Instant endsAt,
            String place, String onlineUrl, Integer capacity, String agenda, Instant rsvpDeadline, long createdBy,
            Instant cancelledAt, String cancelReason, Long invitationMailId, Instant invitationNoticedAt,
            String checkinCodeHash) {
    }

    record InvitationRow(long sessionId, long residentId, Rsvp answer, String note, Instant answeredAt) {
    }

    record AttendanceRow(long sessionId, long residentId) {
    }

    private final DSLContext db;

    LectureRepository(DSLContext db) {
        this.db = db;
    }

    /** The columns a draft sets, the same for a new session and a change (the cohort is set once, on insert). */
    private static Map<Field<?>, Object> columns(LectureDraft d) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(LECTURE_SESSION.KIND, LectureSessionKind.valueOf(d.kind().name()));
        columns.put(LECTURE_SESSION.TITLE, d.title());
        columns.put(LECTURE_SESSION.STARTS_AT, d.startsAt());
        columns.put(LECTURE_SESSION.ENDS_AT, d.endsAt());
        columns.put(LECTURE_SESSION.PLACE, d.place());
        columns.put(LECTURE_SESSION.ONLINE_URL, d.onlineUrl());
        columns.put(LECTURE_SESSION.CAPACITY, d.capacity());
        columns.put(LECTURE_SESSION.AGENDA, d.agenda());
        columns.put(LECTURE_SESSION.RSVP_DEADLINE, d.rsvpDeadline());
        return columns;
    }

    long insert(LectureDraft d, long createdBy, Instant now) {
        return db.insertInto(LECTURE_SESSION)
                .set(LECTURE_SESSION.COHORT_ID, d.cohortId())
                .set(columns(d))
                .set(LECTURE_SESSION.CREATED_BY, createdBy)
                .set(LECTURE_SESSION.CREATED_AT, now)
                .returning(LECTURE_SESSION.ID).fetchOne(LECTURE_SESSION.ID);
    }

    void update(long id, LectureDraft d) {
        db.update(LECTURE_SESSION).set(columns(d)).where(LECTURE_SESSION.ID.eq(id)).execute();
    }

    void cancel(long id, Instant at, long by, String reason) {
        db.update(LECTURE_SESSION).set(LECTURE_SESSION.CANCELLED_AT, at).set(LECTURE_SESSION.CANCELLED_BY, by)
                .set(LECTURE_SESSION.CANCEL_REASON, reason).where(LECTURE_SESSION.ID.eq(id)).execute();
    }

    void invite(long sessionId, Collection<Long> residentIds) {
        for (long resident : residentIds) {
            db.insertInto(LECTURE_INVITATION)
                    .set(LECTURE_INVITATION.SESSION_ID, sessionId)
                    .set(LECTURE_INVITATION.RESIDENT_ID, resident)
                    .execute();
        }
    }

    /** Invites one resident who joined the cohort later; false when they were invited already. */
    boolean inviteLate(long sessionId, long residentId, boolean joinedLate) {
        return db.insertInto(LECTURE_INVITATION)
                .set(LECTURE_INVITATION.SESSION_ID, sessionId)
                .set(LECTURE_INVITATION.RESIDENT_ID, residentId)
                .set(LECTURE_INVITATION.JOINED_LATE, joinedLate)
                .onDuplicateKeyIgnore().execute() == 1;
    }

    /** The cohort's sessions that have not started and are not cancelled, locked: a late joiner is invited to them. */
    List<SessionRow> upcomingOf(long cohortId, Instant now) {
        return db.selectFrom(LECTURE_SESSION)
                .where(LECTURE_SESSION.COHORT_ID.eq(cohortId), LECTURE_SESSION.CANCELLED_AT.isNull(),
                        LECTURE_SESSION.STARTS_AT.gt(now))
                .orderBy(LECTURE_SESSION.STARTS_AT).forUpdate().fetch().stream().map(LectureRepository::row).toList();
    }

    /** Residents who joined after the invitation mail was drafted and were in no follow-up mail yet. */
    List<Long> lateWithoutMail(long sessionId) {
        return db.select(LECTURE_INVITATION.RESIDENT_ID).from(LECTURE_INVITATION)
                .where(LECTURE_INVITATION.SESSION_ID.eq(sessionId), LECTURE_INVITATION.JOINED_LATE.isTrue(),
                        LECTURE_INVITATION.FOLLOWUP_MAIL_ID.isNull())
                .orderBy(LECTURE_INVITATION.RESIDENT_ID).fetch(LECTURE_INVITATION.RESIDENT_ID);
    }

    void setFollowupMail(long sessionId, Collection<Long> residentIds, long mailId) {
        db.update(LECTURE_INVITATION).set(LECTURE_INVITATION.FOLLOWUP_MAIL_ID, mailId)
                .where(LECTURE_INVITATION.SESSION_ID.eq(sessionId), LECTURE_INVITATION.RESIDENT_ID.in(residentIds))
                .execute();
    }

    void replaceMaterials(long sessionId, List<Lecture.Material> materials) {
        db.deleteFrom(LECTURE_MATERIAL).where(LECTURE_MATERIAL.SESSION_ID.eq(sessionId)).execute();
        for (var m : materials) {
            db.insertInto(LECTURE_MATERIAL)
                    .set(LECTURE_MATERIAL.SESSION_ID, sessionId)
                    .set(LECTURE_MATERIAL.FILE_ID, m.fileId())
                    .set(LECTURE_MATERIAL.NAME, m.name())
                    .set(LECTURE_MATERIAL.URL, m.url())
                    .execute();
        }
    }

    Map<Long, List<Lecture.Material>> materials(Collection<Long> sessionIds) {
        return db.selectFrom(LECTURE_MATERIAL).where(LECTURE_MATERIAL.SESSION_ID.in(sessionIds))
                .orderBy(LECTURE_MATERIAL.NAME).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getSessionId(),
                        Collectors.mapping(r -> new Lecture.Material(r.getFileId(), r.getName(), r.getUrl()),
                                Collectors.toList())));
    }

    Optional<SessionRow> find(long id) {
        return db.selectFrom(LECTURE_SESSION).where(LECTURE_SESSION.ID.eq(id)).fetchOptional()
                .map(LectureRepository::row);
    }

    /** The session's row, locked until the transaction ends: answers and check-ins of one session queue here. */
    Optional<SessionRow> lock(long id) {
        return db.selectFrom(LECTURE_SESSION).where(LECTURE_SESSION.ID.eq(id)).forUpdate().fetchOptional()
                .map(LectureRepository::row);
    }

    List<SessionRow> all() {
        return db.selectFrom(LECTURE_SESSION).orderBy(LECTURE_SESSION.STARTS_AT.desc()).limit(500).fetch().stream()
                .map(LectureRepository::row).toList();
    }

    List<SessionRow> invitedTo(long residentId) {
        return db.select(LECTURE_SESSION.fields()).from(LECTURE_SESSION).join(LECTURE_INVITATION)
                .on(LECTURE_INVITATION.SESSION_ID.eq(LECTURE_SESSION.ID))
                .where(LECTURE_INVITATION.RESIDENT_ID.eq(residentId))
                .orderBy(LECTURE_SESSION.STARTS_AT.desc()).limit(500)
                .fetchInto(LECTURE_SESSION).stream().map(LectureRepository::row).toList();
    }

    Optional<SessionRow> byInvitationMail(long mailId) {
        return db.selectFrom(LECTURE_SESSION).where(LECTURE_SESSION.INVITATION_MAIL_ID.eq(mailId)).forUpdate()
                .fetchOptional().map(LectureRepository::row);
    }

    void setInvitationMail(long id, long mailId) {
        db.update(LECTURE_SESSION).set(LECTURE_SESSION.INVITATION_MAIL_ID, mailId)
                .set(LECTURE_SESSION.INVITATION_NOTICED_AT, (Instant) null)
                .where(LECTURE_SESSION.ID.eq(id)).execute();
    }

    void invitationNoticed(long id, Instant at) {
        db.update(LECTURE_SESSION).set(LECTURE_SESSION.INVITATION_NOTICED_AT, at)
                .where(LECTURE_SESSION.ID.eq(id)).execute();
    }

    void setCheckinCodeHash(long id, String hash) {
        db.update(LECTURE_SESSION).set(LECTURE_SESSION.CHECKIN_CODE_HASH, hash)
                .where(LECTURE_SESSION.ID.eq(id)).execute();
    }

    List<InvitationRow> invitations(Collection<Long> sessionIds) {
        return db.selectFrom(LECTURE_INVITATION).where(LECTURE_INVITATION.SESSION_ID.in(sessionIds)).fetch().stream()
                .map(r -> new InvitationRow(r.getSessionId(), r.getResidentId(),
                        r.getAnswer() == null ? null : Rsvp.valueOf(r.getAnswer().name()), r.getNote(),
                        r.getAnsweredAt()))
                .toList();
    }

    void answer(long sessionId, long residentId, Rsvp answer, String note, Instant at) {
        db.update(LECTURE_INVITATION)
                .set(LECTURE_INVITATION.ANSWER, LectureInvitationAnswer.valueOf(answer.name()))
                .set(LECTURE_INVITATION.NOTE, note)
                .set(LECTURE_INVITATION.ANSWERED_AT, at)
                .where(LECTURE_INVITATION.SESSION_ID.eq(sessionId), LECTURE_INVITATION.RESIDENT_ID.eq(residentId))
                .execute();
    }

    int countAttending(long sessionId, long except) {
        return db.fetchCount(LECTURE_INVITATION, LECTURE_INVITATION.SESSION_ID.eq(sessionId),
                LECTURE_INVITATION.ANSWER.eq(LectureInvitationAnswer.ATTEND),
                LECTURE_INVITATION.RESIDENT_ID.ne(except));
    }

    /** Residents invited to the session who have not answered: the reminder's addressees. */
    List<Long> notAnswered(long sessionId) {
        return db.select(LECTURE_INVITATION.RESIDENT_ID).from(LECTURE_INVITATION)
                .where(LECTURE_INVITATION.SESSION_ID.eq(sessionId), LECTURE_INVITATION.ANSWER.isNull())
                .orderBy(LECTURE_INVITATION.RESIDENT_ID).fetch(LECTURE_INVITATION.RESIDENT_ID);
    }

    /** Sessions not cancelled whose deadline is after {@code now} and within the reminder's lead time. */
    List<SessionRow> reminderCandidates(Instant now, Instant deadlineUntil) {
        return db.selectFrom(LECTURE_SESSION)
                .where(LECTURE_SESSION.CANCELLED_AT.isNull(), LECTURE_SESSION.RSVP_DEADLINE.gt(now),
                        LECTURE_SESSION.RSVP_DEADLINE.le(deadlineUntil))
                .fetch().stream().map(LectureRepository::row).toList();
    }

    /**
     * Claims the reminder of this (session, deadline): 1 for the one caller that inserts the row, 0 for any other,
     * which waits on the key's lock until the first commits (or retries if it rolls back).
     */
    int claimReminder(long sessionId, Instant deadline, Instant at, int recipients) {
        return db.insertInto(LECTURE_REMINDER)
                .set(LECTURE_REMINDER.SESSION_ID, sessionId)
                .set(LECTURE_REMINDER.RSVP_DEADLINE, deadline)
                .set(LECTURE_REMINDER.SENT_AT, at)
                .set(LECTURE_REMINDER.RECIPIENTS, recipients)
                .onDuplicateKeyIgnore().execute();
    }

    List<AttendanceRow> attendance(Collection<Long> sessionIds) {
        return db.select(LECTURE_ATTENDANCE.SESSION_ID, LECTURE_ATTENDANCE.RESIDENT_ID).from(LECTURE_ATTENDANCE)
                .where(LECTURE_ATTENDANCE.SESSION_ID.in(sessionIds))
                .fetch(r -> new AttendanceRow(r.value1(), r.value2()));
    }

    /** Records attendance once; returns false when it was already recorded. */
    boolean attend(long sessionId, long residentId, boolean byCode, long recordedBy, Instant at) {
        return db.insertInto(LECTURE_ATTENDANCE)
                .set(LECTURE_ATTENDANCE.SESSION_ID, sessionId)
                .set(LECTURE_ATTENDANCE.RESIDENT_ID, residentId)
                .set(LECTURE_ATTENDANCE.HOW, byCode ? LectureAttendanceHow.CODE : LectureAttendanceHow.TICKED)
                .set(LECTURE_ATTENDANCE.RECORDED_BY, recordedBy)
                .set(LECTURE_ATTENDANCE.RECORDED_AT, at)
                .onDuplicateKeyIgnore().execute() == 1;
    }

    boolean unattend(long sessionId, long residentId) {
        return db.deleteFrom(LECTURE_ATTENDANCE)
                .where(LECTURE_ATTENDANCE.SESSION_ID.eq(sessionId), LECTURE_ATTENDANCE.RESIDENT_ID.eq(residentId))
                .execute() == 1;
    }

    void checkinFailed(long residentId, Instant at) {
        db.insertInto(LECTURE_CHECKIN_FAILURE)
                .set(LECTURE_CHECKIN_FAILURE.RESIDENT_ID, residentId)
                .set(LECTURE_CHECKIN_FAILURE.FAILED_AT, at).execute();
    }

    /** The resident's wrong codes since {@code since}, oldest first. */
    List<Instant> checkinFailures(long residentId, Instant since) {
        return db.select(LECTURE_CHECKIN_FAILURE.FAILED_AT).from(LECTURE_CHECKIN_FAILURE)
                .where(LECTURE_CHECKIN_FAILURE.RESIDENT_ID.eq(residentId), LECTURE_CHECKIN_FAILURE.FAILED_AT.gt(since))
                .orderBy(LECTURE_CHECKIN_FAILURE.FAILED_AT).fetch(LECTURE_CHECKIN_FAILURE.FAILED_AT);
    }

    private static SessionRow row(LectureSessionRecord r) {
        return new SessionRow(r.getId(), r.getCohortId(), LectureKind.valueOf(r.getKind().name()), r.getTitle(),
                r.getStartsAt(), r.getEndsAt(), r.getPlace(), r.getOnlineUrl(), r.getCapacity(), r.getAgenda(),
                r.getRsvpDeadline(), r.getCreatedBy(), r.getCancelledAt(), r.getCancelReason(), r.getInvitationMailId(),
                r.getInvitationNoticedAt(), r.getCheckinCodeHash());
    }
}
