package jp.akapen.lecture.survey;

import static jp.akapen.db.Tables.LECTURE_ATTENDANCE;
import static jp.akapen.db.Tables.LECTURE_SESSION;
import static jp.akapen.db.Tables.SURVEY;
import static jp.akapen.db.Tables.SURVEY_ANSWER;
import static jp.akapen.db.Tables.SURVEY_COMPLETION;
import static jp.akapen.db.Tables.SURVEY_NOTICE;
import static jp.akapen.db.Tables.SURVEY_QUESTION;
import static jp.akapen.db.Tables.SURVEY_RESPONSE;
import static jp.akapen.db.Tables.SURVEY_REVIEW;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.akapen.db.enums.SurveyNoticeKind;
import jp.akapen.db.enums.SurveyQuestionKind;
import jp.akapen.db.enums.SurveyReviewDecision;
import jp.akapen.db.enums.SurveyState;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The survey tables, and the two session tables they hang off (lecture_session, lecture_attendance: read only). In an
 * anonymous survey the completion row and the response row are written by separate statements that share nothing but
 * the survey id.
 */
@Repository
class SurveyRepository {

    record Session(long id, long cohortId, String title, Instant startsAt, Instant endsAt, boolean cancelled,
            int attendees) {
    }

    record Stored(long id, Session session, String title, String purpose, boolean anonymous, LocalDate closesOn,
            SurveyStatus status, Long approvedReviewId, long createdBy) {
    }

    record StoredReview(long id, boolean approved, String reason, long decidedBy, Instant decidedAt) {
    }

    /** One answer row; {@code responseId} only to group the rows of a response. */
    record AnswerRow(byte[] responseId, long questionId, Integer optionIndex, Integer scaleValue, String text) {

        @Override
        public String toString() {
            return "AnswerRow[" + questionId + "]";
        }
    }

    private final DSLContext db;

    SurveyRepository(DSLContext db) {
        this.db = db;
    }

    private static final org.jooq.Field<Integer> ATTENDEES = DSL.field(DSL.selectCount().from(LECTURE_ATTENDANCE)
            .where(LECTURE_ATTENDANCE.SESSION_ID.eq(LECTURE_SESSION.ID)));

    private static Session session(Record r) {
        return new Session(r.get(LECTURE_SESSION.ID), r.get(LECTURE_SESSION.COHORT_ID), r.get(LECTURE_SESSION.TITLE),
                r.get(LECTURE_SESSION.STARTS_AT), r.get(LECTURE_SESSION.ENDS_AT),
                r.get(LECTURE_SESSION.CANCELLED_AT) != null, r.get(ATTENDEES));
    }

    List<Session> sessions() {
        return db.select(LECTURE_SESSION.ID, LECTURE_SESSION.COHORT_ID, LECTURE_SESSION.TITLE, LECTURE_SESSION.STARTS_AT,
                        LECTURE_SESSION.ENDS_AT, LECTURE_SESSION.CANCELLED_AT, ATTENDEES)
                .from(LECTURE_SESSION).where(LECTURE_SESSION.CANCELLED_AT.isNull())
                .orderBy(LECTURE_SESSION.STARTS_AT.desc()).limit(300).fetch(SurveyRepository::session);
    }

    Optional<Session> session(long id) {
        return db.select(LECTURE_SESSION.ID, LECTURE_SESSION.COHORT_ID, LECTURE_SESSION.TITLE, LECTURE_SESSION.STARTS_AT,
                        LECTURE_SESSION.ENDS_AT, LECTURE_SESSION.CANCELLED_AT, ATTENDEES)
                .from(LECTURE_SESSION).where(LECTURE_SESSION.ID.eq(id)).fetchOptional(SurveyRepository::session);
    }

    boolean attended(long sessionId, long residentId) {
        return db.fetchExists(LECTURE_ATTENDANCE, LECTURE_ATTENDANCE.SESSION_ID.eq(sessionId)
                .and(LECTURE_ATTENDANCE.RESIDENT_ID.eq(residentId)));
    }

    long insert(SurveyDraft draft, long createdBy, Instant at) {
        long id = db.insertInto(SURVEY)
                .set(SURVEY.SESSION_ID, draft.sessionId())
                .set(SURVEY.TITLE, draft.title())
                .set(SURVEY.PURPOSE, draft.purpose())
                .set(SURVEY.ANONYMOUS, draft.anonymous())
                .set(SURVEY.CLOSES_ON, draft.closesOn())
                .set(SURVEY.STATE, SurveyState.DRAFT)
                .set(SURVEY.CREATED_BY, createdBy)
                .set(SURVEY.CREATED_AT, at)
                .returning(SURVEY.ID).fetchOne(SURVEY.ID);
        insertQuestions(id, draft.questions());
        return id;
    }

    void update(long id, SurveyDraft draft, SurveyStatus status, boolean keepApproval, boolean replaceQuestions) {
        var update = db.update(SURVEY)
                .set(SURVEY.SESSION_ID, draft.sessionId())
                .set(SURVEY.TITLE, draft.title())
                .set(SURVEY.PURPOSE, draft.purpose())
                .set(SURVEY.ANONYMOUS, draft.anonymous())
                .set(SURVEY.CLOSES_ON, draft.closesOn())
                .set(SURVEY.STATE, SurveyState.valueOf(status.name()));
        if (!keepApproval) {
            update = update.set(SURVEY.APPROVED_REVIEW_ID, (Long) null);
        }
        update.where(SURVEY.ID.eq(id)).execute();
        if (replaceQuestions) {
            db.deleteFrom(SURVEY_QUESTION).where(SURVEY_QUESTION.SURVEY_ID.eq(id)).execute();
            insertQuestions(id, draft.questions());
        }
    }

    private void insertQuestions(long surveyId, List<Question> questions) {
        int position = 0;
        for (Question q : questions) {
            db.insertInto(SURVEY_QUESTION)
                    .set(SURVEY_QUESTION.SURVEY_ID, surveyId)
                    .set(SURVEY_QUESTION.POSITION, position++)
                    .set(SURVEY_QUESTION.KIND, SurveyQuestionKind.valueOf(q.kind().name()))
                    .set(SURVEY_QUESTION.TEXT, q.text())
                    .set(SURVEY_QUESTION.REQUIRED, q.required())
                    .set(SURVEY_QUESTION.OPTIONS, q.kind().hasOptions() ? String.join("\n", q.options()) : null)
                    .execute();
        }
    }

    List<Question> questions(long surveyId) {
        return db.selectFrom(SURVEY_QUESTION).where(SURVEY_QUESTION.SURVEY_ID.eq(surveyId))
                .orderBy(SURVEY_QUESTION.POSITION)
                .fetch(r -> new Question(r.getId(), QuestionKind.valueOf(r.getKind().name()), r.getText(),
                        r.getRequired(), r.getOptions() == null || r.getOptions().isEmpty() ? List.of()
                                : Arrays.asList(r.getOptions().split("\n", -1))));
    }

    private org.jooq.SelectOnConditionStep<Record> surveys() {
        return db.select(SURVEY.fields()).select(LECTURE_SESSION.ID, LECTURE_SESSION.COHORT_ID, LECTURE_SESSION.TITLE,
                        LECTURE_SESSION.STARTS_AT, LECTURE_SESSION.ENDS_AT, LECTURE_SESSION.CANCELLED_AT, ATTENDEES)
                .from(SURVEY).join(LECTURE_SESSION).on(LECTURE_SESSION.ID.eq(SURVEY.SESSION_ID));
    }

    private static Stored stored(Record r) {
        return new Stored(r.get(SURVEY.ID), session(r), r.get(SURVEY.TITLE), r.get(SURVEY.PURPOSE),
                r.get(SURVEY.ANONYMOUS), r.get(SURVEY.CLOSES_ON), SurveyStatus.valueOf(r.get(SURVEY.STATE).name()),
                r.get(SURVEY.APPROVED_REVIEW_ID), r.get(SURVEY.CREATED_BY));
    }

    Optional<Stored> find(long id) {
        return surveys().where(SURVEY.ID.eq(id)).fetchOptional(SurveyRepository::stored);
    }

    /** The row locked until the transaction ends, so two edits or an edit and a decision do not cross. */
    Optional<Stored> lock(long id) {
        db.select(SURVEY.ID).from(SURVEY).where(SURVEY.ID.eq(id)).forUpdate().fetchOptional();
        return find(id);
    }

    List<Stored> all() {
        return surveys().orderBy(SURVEY.ID.desc()).limit(500).fetch(SurveyRepository::stored);
    }

    List<Long> ofSession(long sessionId) {
        return db.select(SURVEY.ID).from(SURVEY).where(SURVEY.SESSION_ID.eq(sessionId)).fetch(SURVEY.ID);
    }

    /** Open surveys of sessions the resident attended (a resident of another cohort attended none of them). */
    List<Stored> openFor(long residentId) {
        return surveys().join(LECTURE_ATTENDANCE).on(LECTURE_ATTENDANCE.SESSION_ID.eq(LECTURE_SESSION.ID)
                        .and(LECTURE_ATTENDANCE.RESIDENT_ID.eq(residentId)))
                .where(SURVEY.STATE.eq(SurveyState.OPEN)).and(LECTURE_SESSION.CANCELLED_AT.isNull())
                .orderBy(SURVEY.CLOSES_ON.desc(), SURVEY.ID.desc()).limit(200).fetch(SurveyRepository::stored);
    }

    void setState(long id, SurveyStatus status, Long approvedReviewId) {
        db.update(SURVEY).set(SURVEY.STATE, SurveyState.valueOf(status.name()))
                .set(SURVEY.APPROVED_REVIEW_ID, approvedReviewId).where(SURVEY.ID.eq(id)).execute();
    }

    long insertReview(long surveyId, boolean approved, String reason, String questionsRead, long by, Instant at) {
        return db.insertInto(SURVEY_REVIEW)
                .set(SURVEY_REVIEW.SURVEY_ID, surveyId)
                .set(SURVEY_REVIEW.DECISION, approved ? SurveyReviewDecision.APPROVED : SurveyReviewDecision.REFUSED)
                .set(SURVEY_REVIEW.REASON, reason)
                .set(SURVEY_REVIEW.QUESTIONS_READ, questionsRead)
                .set(SURVEY_REVIEW.DECIDED_BY, by)
                .set(SURVEY_REVIEW.DECIDED_AT, at)
                .returning(SURVEY_REVIEW.ID).fetchOne(SURVEY_REVIEW.ID);
    }

    Optional<StoredReview> lastReview(long surveyId) {
        return db.selectFrom(SURVEY_REVIEW).where(SURVEY_REVIEW.SURVEY_ID.eq(surveyId))
                .orderBy(SURVEY_REVIEW.ID.desc()).limit(1)
                .fetchOptional(r -> new StoredReview(r.getId(), r.getDecision() == SurveyReviewDecision.APPROVED,
                        r.getReason(), r.getDecidedBy(), r.getDecidedAt()));
    }

    /** Open surveys whose session (not cancelled) ended by {@code now} and that close on {@code today} or later. */
    List<Stored> answerable(Instant now, LocalDate today) {
        return surveys().where(SURVEY.STATE.eq(SurveyState.OPEN)).and(LECTURE_SESSION.CANCELLED_AT.isNull())
                .and(LECTURE_SESSION.ENDS_AT.le(now)).and(SURVEY.CLOSES_ON.ge(today))
                .orderBy(SURVEY.ID).fetch(SurveyRepository::stored);
    }

    /** The day the survey's first opening notices went out, if they did. */
    Optional<LocalDate> firstNoticedOn(long surveyId) {
        return db.select(SURVEY.FIRST_NOTICED_ON).from(SURVEY).where(SURVEY.ID.eq(surveyId)).fetchOptional(r -> r.value1());
    }

    void markFirstNoticed(long surveyId, LocalDate on) {
        db.update(SURVEY).set(SURVEY.FIRST_NOTICED_ON, on)
                .where(SURVEY.ID.eq(surveyId)).and(SURVEY.FIRST_NOTICED_ON.isNull()).execute();
    }

    /**
     * Attendees of the session who have not completed the survey and have had no notice of this kind; for a reminder,
     * only those who were told it opened.
     */
    List<Long> toNotify(long surveyId, long sessionId, boolean reminder) {
        SurveyNoticeKind kind = reminder ? SurveyNoticeKind.REMINDER : SurveyNoticeKind.OPENED;
        var candidates = db.select(LECTURE_ATTENDANCE.RESIDENT_ID).from(LECTURE_ATTENDANCE)
                .where(LECTURE_ATTENDANCE.SESSION_ID.eq(sessionId))
                .andNotExists(DSL.selectOne().from(SURVEY_COMPLETION).where(SURVEY_COMPLETION.SURVEY_ID.eq(surveyId)
                        .and(SURVEY_COMPLETION.RESIDENT_ID.eq(LECTURE_ATTENDANCE.RESIDENT_ID))))
                .andNotExists(DSL.selectOne().from(SURVEY_NOTICE).where(SURVEY_NOTICE.SURVEY_ID.eq(surveyId)
                        .and(SURVEY_NOTICE.RESIDENT_ID.eq(LECTURE_ATTENDANCE.RESIDENT_ID))
                        .and(SURVEY_NOTICE.KIND.eq(kind))));
        if (reminder) {
            candidates = candidates.andExists(DSL.selectOne().from(SURVEY_NOTICE).where(SURVEY_NOTICE.SURVEY_ID.eq(surveyId)
                    .and(SURVEY_NOTICE.RESIDENT_ID.eq(LECTURE_ATTENDANCE.RESIDENT_ID))
                    .and(SURVEY_NOTICE.KIND.eq(SurveyNoticeKind.OPENED))));
        }
        return candidates.orderBy(LECTURE_ATTENDANCE.RESIDENT_ID).fetch(LECTURE_ATTENDANCE.RESIDENT_ID);
    }

    /** 1 for the one caller that records this notice to this attendee, 0 for any other (the primary key decides). */
    int claimNotice(long surveyId, long residentId, boolean reminder) {
        return db.insertInto(SURVEY_NOTICE).set(SURVEY_NOTICE.SURVEY_ID, surveyId)
                .set(SURVEY_NOTICE.RESIDENT_ID, residentId)
                .set(SURVEY_NOTICE.KIND, reminder ? SurveyNoticeKind.REMINDER : SurveyNoticeKind.OPENED)
                .onDuplicateKeyIgnore().execute();
    }

    boolean completed(long surveyId, long residentId) {
        return db.fetchExists(SURVEY_COMPLETION, SURVEY_COMPLETION.SURVEY_ID.eq(surveyId)
                .and(SURVEY_COMPLETION.RESIDENT_ID.eq(residentId)));
    }

    /** False when the resident had already completed it (the primary key refuses a second row). */
    boolean complete(long surveyId, long residentId) {
        if (completed(surveyId, residentId)) {
            return false;
        }
        db.insertInto(SURVEY_COMPLETION).set(SURVEY_COMPLETION.SURVEY_ID, surveyId)
                .set(SURVEY_COMPLETION.RESIDENT_ID, residentId).execute();
        return true;
    }

    void insertResponse(byte[] responseId, long surveyId, LocalDate on, Long residentId, List<AnswerRow> rows) {
        db.insertInto(SURVEY_RESPONSE).set(SURVEY_RESPONSE.ID, responseId).set(SURVEY_RESPONSE.SURVEY_ID, surveyId)
                .set(SURVEY_RESPONSE.ANSWERED_ON, on).set(SURVEY_RESPONSE.RESIDENT_ID, residentId).execute();
        int seq = 0;
        long previous = -1;
        for (AnswerRow row : rows) {
            seq = row.questionId() == previous ? seq + 1 : 0;
            previous = row.questionId();
            db.insertInto(SURVEY_ANSWER).set(SURVEY_ANSWER.RESPONSE_ID, responseId)
                    .set(SURVEY_ANSWER.QUESTION_ID, row.questionId()).set(SURVEY_ANSWER.SEQ, seq)
                    .set(SURVEY_ANSWER.OPTION_INDEX, row.optionIndex()).set(SURVEY_ANSWER.SCALE_VALUE, row.scaleValue())
                    .set(SURVEY_ANSWER.TEXT_VALUE, row.text()).execute();
        }
    }

    int responseCount(long surveyId) {
        return db.fetchCount(SURVEY_RESPONSE, SURVEY_RESPONSE.SURVEY_ID.eq(surveyId));
    }

    List<AnswerRow> answers(long surveyId) {
        return db.select(SURVEY_ANSWER.RESPONSE_ID, SURVEY_ANSWER.QUESTION_ID, SURVEY_ANSWER.OPTION_INDEX,
                        SURVEY_ANSWER.SCALE_VALUE, SURVEY_ANSWER.TEXT_VALUE)
                .from(SURVEY_ANSWER).join(SURVEY_RESPONSE).on(SURVEY_RESPONSE.ID.eq(SURVEY_ANSWER.RESPONSE_ID))
                .where(SURVEY_RESPONSE.SURVEY_ID.eq(surveyId))
                .orderBy(SURVEY_ANSWER.RESPONSE_ID, SURVEY_ANSWER.QUESTION_ID, SURVEY_ANSWER.SEQ)
                .fetch(r -> new AnswerRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Named surveys only: each response's resident and day, by response id (hex). */
    List<NamedResponse> namedResponses(long surveyId) {
        return db.select(SURVEY_RESPONSE.ID, SURVEY_RESPONSE.RESIDENT_ID, SURVEY_RESPONSE.ANSWERED_ON)
                .from(SURVEY_RESPONSE).where(SURVEY_RESPONSE.SURVEY_ID.eq(surveyId))
                .and(SURVEY_RESPONSE.RESIDENT_ID.isNotNull())
                .orderBy(SURVEY_RESPONSE.RESIDENT_ID)
                .fetch(r -> new NamedResponse(r.value1(), r.value2(), r.value3()));
    }

    record NamedResponse(byte[] id, long residentId, LocalDate on) {
    }

    static List<AnswerRow> rowsOf(List<AnswerRow> rows, byte[] responseId) {
        var mine = new ArrayList<AnswerRow>();
        for (AnswerRow r : rows) {
            if (Arrays.equals(r.responseId(), responseId)) {
                mine.add(r);
            }
        }
        return mine;
    }
}
