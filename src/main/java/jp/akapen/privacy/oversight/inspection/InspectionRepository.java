package jp.akapen.privacy.oversight.inspection;

import static jp.akapen.db.Tables.OVERSIGHT_AUDIT;
import static jp.akapen.db.Tables.OVERSIGHT_AUDIT_NOTICE;
import static jp.akapen.db.Tables.OVERSIGHT_AUDIT_RESULT;
import static jp.akapen.db.Tables.OVERSIGHT_FINDING;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.akapen.db.enums.OversightAuditResultResult;
import jp.akapen.db.enums.OversightFindingState;
import jp.akapen.db.tables.records.OversightAuditRecord;
import jp.akapen.db.tables.records.OversightFindingRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class InspectionRepository {

    record AuditRow(long id, int fiscalYear, long startedBy, Instant startedAt, Instant chainCheckedAt,
            Boolean chainIntact, Long chainEntries, Long finishedBy, Instant finishedAt) {
    }

    record ResultRow(String itemCode, ItemResult result, String note, long recordedBy, Instant recordedAt) {
    }

    record FindingRow(long id, long auditId, String itemCode, String finding, String action, long ownerId,
            LocalDate dueOn, FindingState state, String doneNote, Long doneBy, Instant doneAt, Long closedBy,
            Instant closedAt) {
    }

    private final DSLContext db;

    InspectionRepository(DSLContext db) {
        this.db = db;
    }

    /** The new audit's id, or empty when the fiscal year has one already. */
    Optional<Long> insert(int fiscalYear, long by, Instant at) {
        return db.insertInto(OVERSIGHT_AUDIT)
                .set(OVERSIGHT_AUDIT.FISCAL_YEAR, fiscalYear)
                .set(OVERSIGHT_AUDIT.STARTED_BY, by)
                .set(OVERSIGHT_AUDIT.STARTED_AT, at)
                .onDuplicateKeyIgnore()
                .returningResult(OVERSIGHT_AUDIT.ID).fetchOptional(OVERSIGHT_AUDIT.ID);
    }

    List<AuditRow> audits() {
        return db.selectFrom(OVERSIGHT_AUDIT).orderBy(OVERSIGHT_AUDIT.FISCAL_YEAR.desc())
                .fetch(InspectionRepository::audit);
    }

    Optional<AuditRow> audit(long id) {
        return db.selectFrom(OVERSIGHT_AUDIT).where(OVERSIGHT_AUDIT.ID.eq(id)).fetchOptional(InspectionRepository::audit);
    }

    Optional<AuditRow> lock(long id) {
        return db.selectFrom(OVERSIGHT_AUDIT).where(OVERSIGHT_AUDIT.ID.eq(id)).forUpdate()
                .fetchOptional(InspectionRepository::audit);
    }

    boolean exists(int fiscalYear) {
        return db.fetchExists(OVERSIGHT_AUDIT, OVERSIGHT_AUDIT.FISCAL_YEAR.eq(fiscalYear));
    }

    void chainChecked(long id, Instant at, boolean intact, long entries) {
        db.update(OVERSIGHT_AUDIT)
                .set(OVERSIGHT_AUDIT.CHAIN_CHECKED_AT, at)
                .set(OVERSIGHT_AUDIT.CHAIN_INTACT, intact)
                .set(OVERSIGHT_AUDIT.CHAIN_ENTRIES, entries)
                .where(OVERSIGHT_AUDIT.ID.eq(id)).execute();
    }

    void finish(long id, long by, Instant at) {
        db.update(OVERSIGHT_AUDIT)
                .set(OVERSIGHT_AUDIT.FINISHED_BY, by)
                .set(OVERSIGHT_AUDIT.FINISHED_AT, at)
                .where(OVERSIGHT_AUDIT.ID.eq(id)).execute();
    }

    List<ResultRow> results(long auditId) {
        return db.selectFrom(OVERSIGHT_AUDIT_RESULT).where(OVERSIGHT_AUDIT_RESULT.AUDIT_ID.eq(auditId))
                .fetch(r -> new ResultRow(r.getItemCode(), ItemResult.valueOf(r.getResult().getLiteral()), r.getNote(),
                        r.getRecordedBy(), r.getRecordedAt()));
    }

    void record(long auditId, String itemCode, ItemResult result, String note, long by, Instant at) {
        var value = OversightAuditResultResult.lookupLiteral(result.name());
        db.insertInto(OVERSIGHT_AUDIT_RESULT)
                .set(OVERSIGHT_AUDIT_RESULT.AUDIT_ID, auditId)
                .set(OVERSIGHT_AUDIT_RESULT.ITEM_CODE, itemCode)
                .set(OVERSIGHT_AUDIT_RESULT.RESULT, value)
                .set(OVERSIGHT_AUDIT_RESULT.NOTE, note)
                .set(OVERSIGHT_AUDIT_RESULT.RECORDED_BY, by)
                .set(OVERSIGHT_AUDIT_RESULT.RECORDED_AT, at)
                .onDuplicateKeyUpdate()
                .set(OVERSIGHT_AUDIT_RESULT.RESULT, value)
                .set(OVERSIGHT_AUDIT_RESULT.NOTE, note)
                .set(OVERSIGHT_AUDIT_RESULT.RECORDED_BY, by)
                .set(OVERSIGHT_AUDIT_RESULT.RECORDED_AT, at)
                .execute();
    }

    List<FindingRow> findings(long auditId) {
        return db.selectFrom(OVERSIGHT_FINDING).where(OVERSIGHT_FINDING.AUDIT_ID.eq(auditId))
                .orderBy(OVERSIGHT_FINDING.ID).fetch(InspectionRepository::finding);
    }

    Optional<FindingRow> lockFinding(long id) {
        return db.selectFrom(OVERSIGHT_FINDING).where(OVERSIGHT_FINDING.ID.eq(id)).forUpdate()
                .fetchOptional(InspectionRepository::finding);
    }

    long insertFinding(long auditId, String itemCode, String finding, String action, long ownerId, LocalDate dueOn,
            long by, Instant at) {
        return db.insertInto(OVERSIGHT_FINDING)
                .set(OVERSIGHT_FINDING.AUDIT_ID, auditId)
                .set(OVERSIGHT_FINDING.ITEM_CODE, itemCode)
                .set(OVERSIGHT_FINDING.FINDING, finding)
                .set(OVERSIGHT_FINDING.ACTION, action)
                .set(OVERSIGHT_FINDING.OWNER_ID, ownerId)
                .set(OVERSIGHT_FINDING.DUE_ON, dueOn)
                .set(OVERSIGHT_FINDING.STATE, OversightFindingState.OPEN)
                .set(OVERSIGHT_FINDING.CREATED_BY, by)
                .set(OVERSIGHT_FINDING.CREATED_AT, at)
                .returningResult(OVERSIGHT_FINDING.ID).fetchOne(OVERSIGHT_FINDING.ID);
    }

    void done(long id, String note, long by, Instant at) {
        db.update(OVERSIGHT_FINDING)
                .set(OVERSIGHT_FINDING.STATE, OversightFindingState.DONE)
                .set(OVERSIGHT_FINDING.DONE_NOTE, note)
                .set(OVERSIGHT_FINDING.DONE_BY, by)
                .set(OVERSIGHT_FINDING.DONE_AT, at)
                .where(OVERSIGHT_FINDING.ID.eq(id)).execute();
    }

    void close(long id, long by, Instant at) {
        db.update(OVERSIGHT_FINDING)
                .set(OVERSIGHT_FINDING.STATE, OversightFindingState.CLOSED)
                .set(OVERSIGHT_FINDING.CLOSED_BY, by)
                .set(OVERSIGHT_FINDING.CLOSED_AT, at)
                .where(OVERSIGHT_FINDING.ID.eq(id)).execute();
    }

    boolean noticeSent(int fiscalYear) {
        return db.fetchExists(OVERSIGHT_AUDIT_NOTICE, OVERSIGHT_AUDIT_NOTICE.FISCAL_YEAR.eq(fiscalYear));
    }

    /** Claims the year's notice; true when this call claimed it, so several instances send it once. */
    boolean claimNotice(int fiscalYear, Instant at) {
        return db.insertInto(OVERSIGHT_AUDIT_NOTICE)
                .set(OVERSIGHT_AUDIT_NOTICE.FISCAL_YEAR, fiscalYear)
                .set(OVERSIGHT_AUDIT_NOTICE.SENT_AT, at)
                .onDuplicateKeyIgnore().execute() == 1;
    }

    private static AuditRow audit(OversightAuditRecord r) {
        return new AuditRow(r.getId(), r.getFiscalYear(), r.getStartedBy(), r.getStartedAt(), r.getChainCheckedAt(),
                r.getChainIntact(), r.getChainEntries(), r.getFinishedBy(), r.getFinishedAt());
    }

    private static FindingRow finding(OversightFindingRecord r) {
        return new FindingRow(r.getId(), r.getAuditId(), r.getItemCode(), r.getFinding(), r.getAction(),
                r.getOwnerId(), r.getDueOn(), FindingState.valueOf(r.getState().getLiteral()), r.getDoneNote(),
                r.getDoneBy(), r.getDoneAt(), r.getClosedBy(), r.getClosedAt());
    }
}
