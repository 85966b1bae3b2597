package jp.akapen.privacy.oversight.report;

import static jp.akapen.db.Tables.OVERSIGHT_REPORT_REQUEST;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

@Repository
class ReportRepository {

    /** A request without its files, which are read only when downloaded. */
    record Row(long id, String question, LocalDate dueOn, long askedBy, Instant askedAt, String answer,
            Long answeredBy, Instant answeredAt, LocalDate periodFrom, LocalDate periodTo, String reportSha256,
            Instant overdueFlaggedAt) {
    }

    private static final List<Field<?>> ROW = List.of(OVERSIGHT_REPORT_REQUEST.ID, OVERSIGHT_REPORT_REQUEST.QUESTION,
            OVERSIGHT_REPORT_REQUEST.DUE_ON, OVERSIGHT_REPORT_REQUEST.ASKED_BY, OVERSIGHT_REPORT_REQUEST.ASKED_AT,
            OVERSIGHT_REPORT_REQUEST.ANSWER, OVERSIGHT_REPORT_REQUEST.ANSWERED_BY, OVERSIGHT_REPORT_REQUEST.ANSWERED_AT,
            OVERSIGHT_REPORT_REQUEST.PERIOD_FROM, OVERSIGHT_REPORT_REQUEST.PERIOD_TO,
            OVERSIGHT_REPORT_REQUEST.REPORT_SHA256, OVERSIGHT_REPORT_REQUEST.OVERDUE_FLAGGED_AT);

    private final DSLContext db;

    ReportRepository(DSLContext db) {
        this.db = db;
    }

    long insert(String question, LocalDate dueOn, long askedBy, Instant at) {
        return db.insertInto(OVERSIGHT_REPORT_REQUEST)
                .set(OVERSIGHT_REPORT_REQUEST.QUESTION, question)
                .set(OVERSIGHT_REPORT_REQUEST.DUE_ON, dueOn)
                .set(OVERSIGHT_REPORT_REQUEST.ASKED_BY, askedBy)
                .set(OVERSIGHT_REPORT_REQUEST.ASKED_AT, at)
                .returningResult(OVERSIGHT_REPORT_REQUEST.ID).fetchOne(OVERSIGHT_REPORT_REQUEST.ID);
    }

    List<Row> all() {
        return db.select(ROW).from(OVERSIGHT_REPORT_REQUEST).orderBy(OVERSIGHT_REPORT_REQUEST.ID.desc())
                .fetch(ReportRepository::row);
    }

    Optional<Row> find(long id) {
        return db.select(ROW).from(OVERSIGHT_REPORT_REQUEST).where(OVERSIGHT_REPORT_REQUEST.ID.eq(id))
                .fetchOptional(ReportRepository::row);
    }

    /** Locked until the transaction ends: two answers to one request take turns and the second sees the first. */
    Optional<Row> lock(long id) {
        return db.select(ROW).from(OVERSIGHT_REPORT_REQUEST).where(OVERSIGHT_REPORT_REQUEST.ID.eq(id)).forUpdate()
                .fetchOptional(ReportRepository::row);
    }

    /** The end of the last answered report's period, to start the next one after it. */
    Optional<LocalDate> lastPeriodEnd() {
        return db.select(OVERSIGHT_REPORT_REQUEST.PERIOD_TO).from(OVERSIGHT_REPORT_REQUEST)
                .where(OVERSIGHT_REPORT_REQUEST.PERIOD_TO.isNotNull())
                .orderBy(OVERSIGHT_REPORT_REQUEST.ANSWERED_AT.desc()).limit(1)
                .fetchOptional(OVERSIGHT_REPORT_REQUEST.PERIOD_TO);
    }

    void answer(long id, String answer, long by, Instant at, LocalDate from, LocalDate to, byte[] pdf, byte[] csv,
            String sha256) {
        db.update(OVERSIGHT_REPORT_REQUEST)
                .set(OVERSIGHT_REPORT_REQUEST.ANSWER, answer)
                .set(OVERSIGHT_REPORT_REQUEST.ANSWERED_BY, by)
                .set(OVERSIGHT_REPORT_REQUEST.ANSWERED_AT, at)
                .set(OVERSIGHT_REPORT_REQUEST.PERIOD_FROM, from)
                .set(OVERSIGHT_REPORT_REQUEST.PERIOD_TO, to)
                .set(OVERSIGHT_REPORT_REQUEST.REPORT_PDF, pdf)
                .set(OVERSIGHT_REPORT_REQUEST.REPORT_CSV, csv)
                .set(OVERSIGHT_REPORT_REQUEST.REPORT_SHA256, sha256)
                .where(OVERSIGHT_REPORT_REQUEST.ID.eq(id)).execute();
    }

    Optional<byte[]> pdf(long id) {
        return db.select(OVERSIGHT_REPORT_REQUEST.REPORT_PDF).from(OVERSIGHT_REPORT_REQUEST)
                .where(OVERSIGHT_REPORT_REQUEST.ID.eq(id)).fetchOptional(OVERSIGHT_REPORT_REQUEST.REPORT_PDF);
    }

    Optional<byte[]> csv(long id) {
        return db.select(OVERSIGHT_REPORT_REQUEST.REPORT_CSV).from(OVERSIGHT_REPORT_REQUEST)
                .where(OVERSIGHT_REPORT_REQUEST.ID.eq(id)).fetchOptional(OVERSIGHT_REPORT_REQUEST.REPORT_CSV);
    }

    /** Unanswered requests past their due date never flagged, locked and skipped by other instances. */
    List<Row> overdueUnflagged(LocalDate today) {
        return db.select(ROW).from(OVERSIGHT_REPORT_REQUEST)
                .where(OVERSIGHT_REPORT_REQUEST.ANSWERED_AT.isNull())
                .and(OVERSIGHT_REPORT_REQUEST.DUE_ON.lt(today))
                .and(OVERSIGHT_REPORT_REQUEST.OVERDUE_FLAGGED_AT.isNull())
                .orderBy(OVERSIGHT_REPORT_REQUEST.ID)
                .forUpdate().skipLocked()
                .fetch(ReportRepository::row);
    }

    void flagged(long id, Instant at) {
        db.update(OVERSIGHT_REPORT_REQUEST).set(OVERSIGHT_REPORT_REQUEST.OVERDUE_FLAGGED_AT, at)
                .where(OVERSIGHT_REPORT_REQUEST.ID.eq(id)).execute();
    }

    private static Row row(org.jooq.Record r) {
        var t = OVERSIGHT_REPORT_REQUEST;
        return new Row(r.get(t.ID), r.get(t.QUESTION), r.get(t.DUE_ON), r.get(t.ASKED_BY), r.get(t.ASKED_AT),
                r.get(t.ANSWER), r.get(t.ANSWERED_BY), r.get(t.ANSWERED_AT), r.get(t.PERIOD_FROM), r.get(t.PERIOD_TO),
                r.get(t.REPORT_SHA256), r.get(t.OVERDUE_FLAGGED_AT));
    }
}
