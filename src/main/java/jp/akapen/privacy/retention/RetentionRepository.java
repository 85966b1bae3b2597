package jp.akapen.privacy.retention;

import static jp.akapen.db.Tables.RETENTION_DECISION;
import static jp.akapen.db.Tables.RETENTION_NOTICE;
import static jp.akapen.db.Tables.RETENTION_PERIOD;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.akapen.db.enums.RetentionDecisionKind;
import jp.akapen.db.enums.RetentionPeriodStartedBy;
import jp.akapen.db.enums.RetentionPeriodState;
import jp.akapen.db.tables.records.RetentionPeriodRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class RetentionRepository {

    /** A period as stored: {@code state} never reads AWAITING_MANAGER, which follows from the date. */
    record Row(long cohortId, int fiscalYear, LocalDate termEnd, RetentionState state, LocalDate startedOn,
            Trigger startedBy, LocalDate dueOn, Integer heldDaysLeft, Long confirmedBy, Instant confirmedAt,
            Long approvedBy, Instant approvedAt) {

        /** Counting again (or held) towards a date; any confirmation no longer stands. */
        Row towards(RetentionState newState, LocalDate due, Integer heldDays) {
            return new Row(cohortId, fiscalYear, termEnd, newState, startedOn, startedBy, due, heldDays, null, null,
                    null, null);
        }

        Row confirmed(long by, Instant at) {
            return new Row(cohortId, fiscalYear, termEnd, RetentionState.AWAITING_WARD, startedOn, startedBy, dueOn,
                    null, by, at, null, null);
        }

        Row approved(Long by, Instant at) {
            return new Row(cohortId, fiscalYear, termEnd, RetentionState.APPROVED, startedOn, startedBy, dueOn, null,
                    confirmedBy, confirmedAt, by, at);
        }
    }

    /** What started the clock (D1). */
    enum Trigger { LAST_EDITION, TERM_END }

    record DecisionRow(long cohortId, DecisionKind kind, Long decidedBy, Instant decidedAt, String reason,
            LocalDate dueOn) {
    }

    private final DSLContext db;

    RetentionRepository(DSLContext db) {
        this.db = db;
    }

    /** The cohort's row, once: a second call (another instance, a replayed event) changes nothing. */
    int insertNotStarted(long cohortId, int fiscalYear, LocalDate termEnd) {
        return db.insertInto(RETENTION_PERIOD)
                .set(RETENTION_PERIOD.COHORT_ID, cohortId)
                .set(RETENTION_PERIOD.FISCAL_YEAR, fiscalYear)
                .set(RETENTION_PERIOD.TERM_END, termEnd)
                .set(RETENTION_PERIOD.STATE, RetentionPeriodState.NOT_STARTED)
                .onDuplicateKeyIgnore().execute();
    }

    /** Starts the clock if it has not started; 1 when this call started it, so only one caller goes on. */
    int start(long cohortId, LocalDate startedOn, Trigger trigger, LocalDate dueOn) {
        return db.update(RETENTION_PERIOD)
                .set(RETENTION_PERIOD.STATE, RetentionPeriodState.RUNNING)
                .set(RETENTION_PERIOD.STARTED_ON, startedOn)
                .set(RETENTION_PERIOD.STARTED_BY, RetentionPeriodStartedBy.valueOf(trigger.name()))
                .set(RETENTION_PERIOD.DUE_ON, dueOn)
                .where(RETENTION_PERIOD.COHORT_ID.eq(cohortId))
                .and(RETENTION_PERIOD.STATE.eq(RetentionPeriodState.NOT_STARTED))
                .execute();
    }

    List<Row> all() {
        return db.selectFrom(RETENTION_PERIOD).orderBy(RETENTION_PERIOD.FISCAL_YEAR.desc())
                .fetch(RetentionRepository::row);
    }

    Optional<Row> find(long cohortId) {
        return db.selectFrom(RETENTION_PERIOD).where(RETENTION_PERIOD.COHORT_ID.eq(cohortId))
                .fetchOptional(RetentionRepository::row);
    }

    Optional<Row> lock(long cohortId) {
        return db.selectFrom(RETENTION_PERIOD).where(RETENTION_PERIOD.COHORT_ID.eq(cohortId)).forUpdate()
                .fetchOptional(RetentionRepository::row);
    }

    /** Cohorts whose term ended before the day and whose clock has not started. */
    List<Long> termEndedNotStarted(LocalDate today) {
        return db.select(RETENTION_PERIOD.COHORT_ID).from(RETENTION_PERIOD)
                .where(RETENTION_PERIOD.STATE.eq(RetentionPeriodState.NOT_STARTED))
                .and(RETENTION_PERIOD.TERM_END.lt(today))
                .fetch(RETENTION_PERIOD.COHORT_ID);
    }

    /** Counting periods due within the days given (or past due). */
    List<Row> countingDueBy(LocalDate lastDay) {
        return db.selectFrom(RETENTION_PERIOD)
                .where(RETENTION_PERIOD.STATE.in(RetentionPeriodState.RUNNING, RetentionPeriodState.EXTENDED))
                .and(RETENTION_PERIOD.DUE_ON.le(lastDay))
                .fetch(RetentionRepository::row);
    }

    List<Long> awaitingWard() {
        return db.select(RETENTION_PERIOD.COHORT_ID).from(RETENTION_PERIOD)
                .where(RETENTION_PERIOD.STATE.eq(RetentionPeriodState.AWAITING_WARD))
                .fetch(RETENTION_PERIOD.COHORT_ID);
    }

    /** Writes the period's changeable columns as given. */
    void update(Row row) {
        db.update(RETENTION_PERIOD)
                .set(RETENTION_PERIOD.STATE, RetentionPeriodState.valueOf(row.state().name()))
                .set(RETENTION_PERIOD.DUE_ON, row.dueOn())
                .set(RETENTION_PERIOD.HELD_DAYS_LEFT, row.heldDaysLeft())
                .set(RETENTION_PERIOD.CONFIRMED_BY, row.confirmedBy())
                .set(RETENTION_PERIOD.CONFIRMED_AT, row.confirmedAt())
                .set(RETENTION_PERIOD.APPROVED_BY, row.approvedBy())
                .set(RETENTION_PERIOD.APPROVED_AT, row.approvedAt())
                .where(RETENTION_PERIOD.COHORT_ID.eq(row.cohortId()))
                .execute();
    }

    void insertDecision(DecisionRow decision) {
        db.insertInto(RETENTION_DECISION)
                .set(RETENTION_DECISION.COHORT_ID, decision.cohortId())
                .set(RETENTION_DECISION.KIND, RetentionDecisionKind.valueOf(decision.kind().name()))
                .set(RETENTION_DECISION.DECIDED_BY, decision.decidedBy())
                .set(RETENTION_DECISION.DECIDED_AT, decision.decidedAt())
                .set(RETENTION_DECISION.REASON, decision.reason())
                .set(RETENTION_DECISION.DUE_ON, decision.dueOn())
                .execute();
    }

    /** Every decision on these cohorts, newest first. */
    List<DecisionRow> decisions(Collection<Long> cohortIds) {
        return db.selectFrom(RETENTION_DECISION).where(RETENTION_DECISION.COHORT_ID.in(cohortIds))
                .orderBy(RETENTION_DECISION.DECIDED_AT.desc(), RETENTION_DECISION.ID.desc())
                .fetch(r -> new DecisionRow(r.getCohortId(), DecisionKind.valueOf(r.getKind().name()), r.getDecidedBy(),
                        r.getDecidedAt(), r.getReason(), r.getDueOn()));
    }

    /** Claims the notice for this due date and lead; 1 when this call claimed it. */
    int claimNotice(long cohortId, LocalDate dueOn, int daysBefore, Instant at) {
        return db.insertInto(RETENTION_NOTICE)
                .set(RETENTION_NOTICE.COHORT_ID, cohortId)
                .set(RETENTION_NOTICE.DUE_ON, dueOn)
                .set(RETENTION_NOTICE.DAYS_BEFORE, daysBefore)
                .set(RETENTION_NOTICE.SENT_AT, at)
                .onDuplicateKeyIgnore().execute();
    }

    private static Row row(RetentionPeriodRecord r) {
        return new Row(r.getCohortId(), r.getFiscalYear(), r.getTermEnd(), RetentionState.valueOf(r.getState().name()),
                r.getStartedOn(), r.getStartedBy() == null ? null : Trigger.valueOf(r.getStartedBy().name()),
                r.getDueOn(), r.getHeldDaysLeft(), r.getConfirmedBy(), r.getConfirmedAt(), r.getApprovedBy(),
                r.getApprovedAt());
    }
}
