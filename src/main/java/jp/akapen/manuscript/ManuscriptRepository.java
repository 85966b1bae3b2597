package jp.akapen.manuscript;

import static jp.akapen.db.Tables.CORRECTION_CHANGE;
import static jp.akapen.db.Tables.CORRECTION_MESSAGE;
import static jp.akapen.db.Tables.CORRECTION_ROUND;
import static jp.akapen.db.Tables.MANUSCRIPT;
import static jp.akapen.db.Tables.MANUSCRIPT_EVENT;
import static jp.akapen.db.Tables.MANUSCRIPT_VERSION;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectFrom;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.akapen.db.enums.CorrectionChangeDecision;
import jp.akapen.db.enums.CorrectionChangeReason;
import jp.akapen.db.enums.CorrectionRoundStatus;
import jp.akapen.db.enums.ManuscriptEventKind;
import jp.akapen.db.enums.ManuscriptVersionOrigin;
import jp.akapen.db.tables.records.CorrectionRoundRecord;
import jp.akapen.db.tables.records.ManuscriptVersionRecord;
import jp.akapen.manuscript.diff.Change;
import org.jooq.Condition;
import jp.akapen.shared.live.LiveHub;
import jp.akapen.shared.live.Topics;
import org.jooq.DSLContext;
import org.jooq.EnumType;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** SQL for manuscripts, versions, rounds, changes and their history. Names come from the caller. */
@Repository
class ManuscriptRepository {

    /** A manuscript row without names; the service adds pen names. */
    record Row(long id, Long articleId, String title, long residentId, ManuscriptStatus status,
            boolean anotherRoundRequested, int latestVersion, int currentRound, Instant updatedAt) {
    }

    /** A round row; changes and texts are read separately where needed. */
    record RoundRow(long id, long manuscriptId, int number, long baseVersionId, String correctedBody,
            RoundStatus status, LocalDate dueOn, long openedBy, Instant openedAt, Instant submittedAt,
            Instant returnedAt, Instant reviewedAt, Long resultVersionId, int lockVersion) {
    }

    record RoundState(RoundStatus status, int lockVersion) {
    }

    record ChangeRow(long id, int seq, int start, int end, String before, String after, Reason reason,
            String comment, String ruleId, boolean conflict, Decision decision, Instant decidedAt,
            List<MessageRow> messages) {

        Change change() {
            return new Change(start, end, before, after);
        }
    }

    record MessageRow(long id, long authorId, String body, Instant createdAt) {
    }

    record VersionRow(long id, int number, String body, VersionOrigin origin, String sourceName,
            String sourceCharset, Long roundId, long authorId, Instant createdAt) {
    }

    record EventRow(Instant at, String kind, Long roundId, long actorId, String detail) {
    }

    private final DSLContext db;

    private final LiveHub live;

    ManuscriptRepository(DSLContext db, LiveHub live) {
        this.db = db;
        this.live = live;
    }

    long insertManuscript(Long articleId, long residentId, String title, long createdBy, Instant at) {
        return db.insertInto(MANUSCRIPT)
                .set(MANUSCRIPT.ARTICLE_ID, articleId)
                .set(MANUSCRIPT.RESIDENT_ID, residentId)
                .set(MANUSCRIPT.TITLE, title)
                .set(MANUSCRIPT.STATUS, toDb(jp.akapen.db.enums.ManuscriptStatus.class, ManuscriptStatus.DRAFTING))
                .set(MANUSCRIPT.CREATED_BY, createdBy)
                .set(MANUSCRIPT.CREATED_AT, at)
                .set(MANUSCRIPT.UPDATED_AT, at)
                .returning(MANUSCRIPT.ID)
                .fetchOne(MANUSCRIPT.ID);
    }

    List<Row> list(Long residentId) {
        Condition condition = residentId == null ? DSL.trueCondition() : MANUSCRIPT.RESIDENT_ID.eq(residentId);
        return selectRows(condition).orderBy(MANUSCRIPT.UPDATED_AT.desc(), MANUSCRIPT.ID.desc()).fetch(this::toRow);
    }

    Optional<Row> find(long id) {
        return selectRows(MANUSCRIPT.ID.eq(id)).fetchOptional(this::toRow);
    }

    /** Locks the manuscript row for the rest of the transaction: one writer at a time per manuscript. */
    Optional<Row> lock(long id) {
        return db.select(MANUSCRIPT.ID).from(MANUSCRIPT).where(MANUSCRIPT.ID.eq(id)).forUpdate()
                .fetchOptional().flatMap(r -> find(id));
    }

    private org.jooq.SelectConditionStep<Record> selectRows(Condition condition) {
        var latestVersion = field(select(coalesce(max(MANUSCRIPT_VERSION.NUMBER), 0)).from(MANUSCRIPT_VERSION)
                .where(MANUSCRIPT_VERSION.MANUSCRIPT_ID.eq(MANUSCRIPT.ID))).as("latest_version");
        var currentRound = field(select(coalesce(max(CORRECTION_ROUND.NUMBER), 0)).from(CORRECTION_ROUND)
                .where(CORRECTION_ROUND.MANUSCRIPT_ID.eq(MANUSCRIPT.ID))).as("current_round");
        return db.select(MANUSCRIPT.fields()).select(latestVersion, currentRound).from(MANUSCRIPT).where(condition);
    }

    private Row toRow(Record r) {
        return new Row(r.get(MANUSCRIPT.ID), r.get(MANUSCRIPT.ARTICLE_ID), r.get(MANUSCRIPT.TITLE),
                r.get(MANUSCRIPT.RESIDENT_ID), ManuscriptStatus.valueOf(r.get(MANUSCRIPT.STATUS).getLiteral()),
                r.get(MANUSCRIPT.ANOTHER_ROUND_REQUESTED), r.get("latest_version", Integer.class),
                r.get("current_round", Integer.class), r.get(MANUSCRIPT.UPDATED_AT));
    }

    void updateStatus(long id, ManuscriptStatus status, boolean anotherRoundRequested, Instant at) {
        db.update(MANUSCRIPT)
                .set(MANUSCRIPT.STATUS, toDb(jp.akapen.db.enums.ManuscriptStatus.class, status))
                .set(MANUSCRIPT.ANOTHER_ROUND_REQUESTED, anotherRoundRequested)
                .set(MANUSCRIPT.UPDATED_AT, at)
                .where(MANUSCRIPT.ID.eq(id))
                .execute();
    }

    long insertVersion(long manuscriptId, int number, String body, VersionOrigin origin, String sourceName,
            String sourceCharset, Long roundId, long authorId, Instant at) {
        return db.insertInto(MANUSCRIPT_VERSION)
                .set(MANUSCRIPT_VERSION.MANUSCRIPT_ID, manuscriptId)
                .set(MANUSCRIPT_VERSION.NUMBER, number)
                .set(MANUSCRIPT_VERSION.BODY, body)
                .set(MANUSCRIPT_VERSION.ORIGIN, toDb(ManuscriptVersionOrigin.class, origin))
                .set(MANUSCRIPT_VERSION.SOURCE_NAME, sourceName)
                .set(MANUSCRIPT_VERSION.SOURCE_CHARSET, sourceCharset)
                .set(MANUSCRIPT_VERSION.ROUND_ID, roundId)
                .set(MANUSCRIPT_VERSION.AUTHOR_ID, authorId)
                .set(MANUSCRIPT_VERSION.CREATED_AT, at)
                .returning(MANUSCRIPT_VERSION.ID)
                .fetchOne(MANUSCRIPT_VERSION.ID);
    }

    List<VersionRow> versions(long manuscriptId) {
        return db.selectFrom(MANUSCRIPT_VERSION).where(MANUSCRIPT_VERSION.MANUSCRIPT_ID.eq(manuscriptId))
                .orderBy(MANUSCRIPT_VERSION.NUMBER)
                .fetch(ManuscriptRepository::toVersion);
    }

    Optional<VersionRow> version(long versionId) {
        return db.selectFrom(MANUSCRIPT_VERSION).where(MANUSCRIPT_VERSION.ID.eq(versionId))
                .fetchOptional(ManuscriptRepository::toVersion);
    }

    private static VersionRow toVersion(ManuscriptVersionRecord r) {
        return new VersionRow(r.getId(), r.getNumber(), r.getBody(), VersionOrigin.valueOf(r.getOrigin().getLiteral()),
                r.getSourceName(), r.getSourceCharset(), r.getRoundId(), r.getAuthorId(), r.getCreatedAt());
    }

    Optional<VersionRow> latestVersion(long manuscriptId) {
        return db.selectFrom(MANUSCRIPT_VERSION).where(MANUSCRIPT_VERSION.MANUSCRIPT_ID.eq(manuscriptId))
                .orderBy(MANUSCRIPT_VERSION.NUMBER.desc()).limit(1)
                .fetchOptional(ManuscriptRepository::toVersion);
    }

    long insertRound(long manuscriptId, int number, long baseVersionId, String correctedBody, LocalDate dueOn,
            long openedBy, Instant submittedAt, Instant at) {
        return db.insertInto(CORRECTION_ROUND)
                .set(CORRECTION_ROUND.MANUSCRIPT_ID, manuscriptId)
                .set(CORRECTION_ROUND.NUMBER, number)
                .set(CORRECTION_ROUND.BASE_VERSION_ID, baseVersionId)
                .set(CORRECTION_ROUND.CORRECTED_BODY, correctedBody)
                .set(CORRECTION_ROUND.STATUS, CorrectionRoundStatus.OPEN)
                .set(CORRECTION_ROUND.DUE_ON, dueOn)
                .set(CORRECTION_ROUND.OPENED_BY, openedBy)
                .set(CORRECTION_ROUND.OPENED_AT, at)
                .set(CORRECTION_ROUND.SUBMITTED_AT, submittedAt)
                .set(CORRECTION_ROUND.UPDATED_BY, openedBy)
                .set(CORRECTION_ROUND.UPDATED_AT, at)
                .returning(CORRECTION_ROUND.ID)
                .fetchOne(CORRECTION_ROUND.ID);
    }

    List<RoundRow> rounds(long manuscriptId) {
        return db.selectFrom(CORRECTION_ROUND).where(CORRECTION_ROUND.MANUSCRIPT_ID.eq(manuscriptId))
                .orderBy(CORRECTION_ROUND.NUMBER).fetch(ManuscriptRepository::toRound);
    }

    Optional<RoundRow> round(long manuscriptId, int number) {
        return db.selectFrom(CORRECTION_ROUND)
                .where(CORRECTION_ROUND.MANUSCRIPT_ID.eq(manuscriptId), CORRECTION_ROUND.NUMBER.eq(number))
                .fetchOptional(ManuscriptRepository::toRound);
    }

    /** A round's status and lock version alone: read at every live event on a round page (issue 17). */
    Optional<RoundState> roundStamp(long manuscriptId, int number) {
        return db.select(CORRECTION_ROUND.STATUS, CORRECTION_ROUND.LOCK_VERSION).from(CORRECTION_ROUND)
                .where(CORRECTION_ROUND.MANUSCRIPT_ID.eq(manuscriptId), CORRECTION_ROUND.NUMBER.eq(number))
                .fetchOptional(r -> new RoundState(RoundStatus.valueOf(r.value1().getLiteral()), r.value2()));
    }

    Optional<RoundRow> roundById(long roundId) {
        return db.selectFrom(CORRECTION_ROUND).where(CORRECTION_ROUND.ID.eq(roundId))
                .fetchOptional(ManuscriptRepository::toRound);
    }

    Optional<RoundRow> openOrReturnedRound(long manuscriptId) {
        return db.selectFrom(CORRECTION_ROUND)
                .where(CORRECTION_ROUND.MANUSCRIPT_ID.eq(manuscriptId),
                        CORRECTION_ROUND.STATUS.in(CorrectionRoundStatus.OPEN, CorrectionRoundStatus.RETURNED))
                .fetchOptional(ManuscriptRepository::toRound);
    }

    /** Compare-and-set on the lock version: false when someone else saved the round first. */
    boolean updateCorrected(long roundId, int expectedLock, long baseVersionId, String correctedBody, long by,
            Instant at) {
        return db.update(CORRECTION_ROUND)
                .set(CORRECTION_ROUND.BASE_VERSION_ID, baseVersionId)
                .set(CORRECTION_ROUND.CORRECTED_BODY, correctedBody)
                .set(CORRECTION_ROUND.LOCK_VERSION, expectedLock + 1)
                .set(CORRECTION_ROUND.UPDATED_BY, by)
                .set(CORRECTION_ROUND.UPDATED_AT, at)
                .where(CORRECTION_ROUND.ID.eq(roundId), CORRECTION_ROUND.LOCK_VERSION.eq(expectedLock))
                .execute() == 1;
    }

    boolean markReturned(long roundId, int expectedLock, long by, Instant at) {
        return db.update(CORRECTION_ROUND)
                .set(CORRECTION_ROUND.STATUS, CorrectionRoundStatus.RETURNED)
                .set(CORRECTION_ROUND.RETURNED_BY, by)
                .set(CORRECTION_ROUND.RETURNED_AT, at)
                .set(CORRECTION_ROUND.LOCK_VERSION, expectedLock + 1)
                .set(CORRECTION_ROUND.UPDATED_BY, by)
                .set(CORRECTION_ROUND.UPDATED_AT, at)
                .where(CORRECTION_ROUND.ID.eq(roundId), CORRECTION_ROUND.LOCK_VERSION.eq(expectedLock),
                        CORRECTION_ROUND.STATUS.eq(CorrectionRoundStatus.OPEN))
                .execute() == 1;
    }

    boolean markReviewed(long roundId, long resultVersionId, long by, Instant at) {
        return db.update(CORRECTION_ROUND)
                .set(CORRECTION_ROUND.STATUS, CorrectionRoundStatus.REVIEWED)
                .set(CORRECTION_ROUND.REVIEWED_AT, at)
                .set(CORRECTION_ROUND.RESULT_VERSION_ID, resultVersionId)
                .set(CORRECTION_ROUND.LOCK_VERSION, CORRECTION_ROUND.LOCK_VERSION.plus(1))
                .set(CORRECTION_ROUND.UPDATED_BY, by)
                .set(CORRECTION_ROUND.UPDATED_AT, at)
                .where(CORRECTION_ROUND.ID.eq(roundId), CORRECTION_ROUND.STATUS.eq(CorrectionRoundStatus.RETURNED))
                .execute() == 1;
    }

    private static RoundRow toRound(CorrectionRoundRecord r) {
        return new RoundRow(r.getId(), r.getManuscriptId(), r.getNumber(), r.getBaseVersionId(),
                r.getCorrectedBody(), RoundStatus.valueOf(r.getStatus().getLiteral()), r.getDueOn(),
                r.getOpenedBy(), r.getOpenedAt(), r.getSubmittedAt(), r.getReturnedAt(), r.getReviewedAt(),
                r.getResultVersionId(), r.getLockVersion());
    }

    List<ChangeRow> changes(long roundId) {
        var messages = multiset(selectFrom(CORRECTION_MESSAGE)
                .where(CORRECTION_MESSAGE.CHANGE_ID.eq(CORRECTION_CHANGE.ID))
                .orderBy(CORRECTION_MESSAGE.CREATED_AT, CORRECTION_MESSAGE.ID))
                .as("messages")
                .convertFrom(rs -> rs.map(m -> new MessageRow(m.getId(), m.getAuthorId(), m.getBody(),
                        m.getCreatedAt())));
        return db.select(CORRECTION_CHANGE.fields()).select(messages)
                .from(CORRECTION_CHANGE)
                .where(CORRECTION_CHANGE.ROUND_ID.eq(roundId))
                .orderBy(CORRECTION_CHANGE.SEQ)
                .fetch(r -> new ChangeRow(r.get(CORRECTION_CHANGE.ID), r.get(CORRECTION_CHANGE.SEQ),
                        r.get(CORRECTION_CHANGE.START_OFFSET), r.get(CORRECTION_CHANGE.END_OFFSET),
                        r.get(CORRECTION_CHANGE.BEFORE_TEXT), r.get(CORRECTION_CHANGE.AFTER_TEXT),
                        fromDb(Reason.class, r.get(CORRECTION_CHANGE.REASON)), r.get(CORRECTION_CHANGE.COMMENT),
                        r.get(CORRECTION_CHANGE.RULE_ID), r.get(CORRECTION_CHANGE.CONFLICT),
                        Decision.valueOf(r.get(CORRECTION_CHANGE.DECISION).getLiteral()),
                        r.get(CORRECTION_CHANGE.DECIDED_AT), r.get(messages)));
    }

    /** Only the manuscript's id: the round's text is not read to find whose round it is. */
    Optional<Long> manuscriptOfRound(long roundId) {
        return db.select(CORRECTION_ROUND.MANUSCRIPT_ID).from(CORRECTION_ROUND).where(CORRECTION_ROUND.ID.eq(roundId))
                .fetchOptional(CORRECTION_ROUND.MANUSCRIPT_ID);
    }

    /** The round a change belongs to, for authorisation. */
    Optional<Long> roundOfChange(long changeId) {
        return db.select(CORRECTION_CHANGE.ROUND_ID).from(CORRECTION_CHANGE).where(CORRECTION_CHANGE.ID.eq(changeId))
                .fetchOptional(CORRECTION_CHANGE.ROUND_ID);
    }

    /**
     * Deletes changes by their ids: a delete over the round's range of the index would take a gap lock even where the
     * range is empty (a new round), and two first saves on two new rounds then deadlocked on each other's insert.
     */
    void deleteChanges(Collection<Long> changeIds) {
        if (!changeIds.isEmpty()) {
            db.deleteFrom(CORRECTION_CHANGE).where(CORRECTION_CHANGE.ID.in(changeIds)).execute();
        }
    }

    void deleteChange(long changeId) {
        db.deleteFrom(CORRECTION_CHANGE).where(CORRECTION_CHANGE.ID.eq(changeId)).execute();
    }

    long insertChange(long roundId, int seq, Change change, Reason reason, String comment, String ruleId,
            boolean conflict) {
        return db.insertInto(CORRECTION_CHANGE)
                .set(CORRECTION_CHANGE.ROUND_ID, roundId)
                .set(CORRECTION_CHANGE.SEQ, seq)
                .set(CORRECTION_CHANGE.START_OFFSET, change.start())
                .set(CORRECTION_CHANGE.END_OFFSET, change.end())
                .set(CORRECTION_CHANGE.BEFORE_TEXT, change.before())
                .set(CORRECTION_CHANGE.AFTER_TEXT, change.after())
                .set(CORRECTION_CHANGE.REASON, toDb(CorrectionChangeReason.class, reason))
                .set(CORRECTION_CHANGE.COMMENT, comment)
                .set(CORRECTION_CHANGE.RULE_ID, ruleId)
                .set(CORRECTION_CHANGE.CONFLICT, conflict)
                .returning(CORRECTION_CHANGE.ID)
                .fetchOne(CORRECTION_CHANGE.ID);
    }

    /** Moves a change to its place in the round, and to its range in the text or among the conflicts. */
    void placeChange(long changeId, int seq, Change change, boolean conflict) {
        db.update(CORRECTION_CHANGE)
                .set(CORRECTION_CHANGE.SEQ, seq)
                .set(CORRECTION_CHANGE.START_OFFSET, change.start())
                .set(CORRECTION_CHANGE.END_OFFSET, change.end())
                .set(CORRECTION_CHANGE.BEFORE_TEXT, change.before())
                .set(CORRECTION_CHANGE.AFTER_TEXT, change.after())
                .set(CORRECTION_CHANGE.CONFLICT, conflict)
                .where(CORRECTION_CHANGE.ID.eq(changeId))
                .execute();
    }

    /** The reason and comment a suggestion gives a change made from it, and the rule that proposed it. */
    void annotateFromRule(long changeId, Reason reason, String comment, String ruleId) {
        db.update(CORRECTION_CHANGE)
                .set(CORRECTION_CHANGE.REASON, toDb(CorrectionChangeReason.class, reason))
                .set(CORRECTION_CHANGE.COMMENT, comment)
                .set(CORRECTION_CHANGE.RULE_ID, ruleId)
                .where(CORRECTION_CHANGE.ID.eq(changeId))
                .execute();
    }

    void annotate(long changeId, Reason reason, String comment) {
        db.update(CORRECTION_CHANGE)
                .set(CORRECTION_CHANGE.REASON, toDb(CorrectionChangeReason.class, reason))
                .set(CORRECTION_CHANGE.COMMENT, comment)
                .where(CORRECTION_CHANGE.ID.eq(changeId))
                .execute();
    }

    int decide(long roundId, Long changeId, Decision decision, long by, Instant at) {
        Condition which = changeId == null ? DSL.trueCondition() : CORRECTION_CHANGE.ID.eq(changeId);
        return db.update(CORRECTION_CHANGE)
                .set(CORRECTION_CHANGE.DECISION, toDb(CorrectionChangeDecision.class, decision))
                .set(CORRECTION_CHANGE.DECIDED_BY, by)
                .set(CORRECTION_CHANGE.DECIDED_AT, at)
                .where(CORRECTION_CHANGE.ROUND_ID.eq(roundId), CORRECTION_CHANGE.CONFLICT.isFalse(), which)
                .execute();
    }

    long insertMessage(long changeId, long authorId, String body, Instant at) {
        return db.insertInto(CORRECTION_MESSAGE)
                .set(CORRECTION_MESSAGE.CHANGE_ID, changeId)
                .set(CORRECTION_MESSAGE.AUTHOR_ID, authorId)
                .set(CORRECTION_MESSAGE.BODY, body)
                .set(CORRECTION_MESSAGE.CREATED_AT, at)
                .returningResult(CORRECTION_MESSAGE.ID)
                .fetchSingle()
                .value1();
    }

    void insertEvent(long manuscriptId, Long roundId, String kind, long actorId, String detail, Instant at) {
        db.insertInto(MANUSCRIPT_EVENT)
                .set(MANUSCRIPT_EVENT.MANUSCRIPT_ID, manuscriptId)
                .set(MANUSCRIPT_EVENT.ROUND_ID, roundId)
                .set(MANUSCRIPT_EVENT.KIND, ManuscriptEventKind.lookupLiteral(kind))
                .set(MANUSCRIPT_EVENT.ACTOR_ID, actorId)
                .set(MANUSCRIPT_EVENT.DETAIL, detail)
                .set(MANUSCRIPT_EVENT.OCCURRED_AT, at)
                .execute();
        // every change to a manuscript is written here; the pages showing it learn of it at once (issue 23)
        live.publish(Topics.manuscript(manuscriptId), kind.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    List<EventRow> events(long manuscriptId) {
        return db.selectFrom(MANUSCRIPT_EVENT).where(MANUSCRIPT_EVENT.MANUSCRIPT_ID.eq(manuscriptId))
                .orderBy(MANUSCRIPT_EVENT.OCCURRED_AT, MANUSCRIPT_EVENT.ID)
                .fetch(r -> new EventRow(r.getOccurredAt(), r.getKind().getLiteral(), r.getRoundId(),
                        r.getActorId(), r.getDetail()));
    }

    private static <D extends Enum<D> & EnumType> D toDb(Class<D> type, Enum<?> value) {
        return value == null ? null : EnumType.lookupLiteral(type, value.name());
    }

    private static <E extends Enum<E>> E fromDb(Class<E> type, EnumType value) {
        return value == null ? null : Enum.valueOf(type, value.getLiteral());
    }
}
