package jp.akapen.privacy.erasure;

import static jp.akapen.db.Tables.ERASURE;
import static jp.akapen.db.Tables.ERASURE_RECORD;
import static jp.akapen.db.Tables.ERASURE_STEP;
import static jp.akapen.db.Tables.PRIVACY_COHORT_MEMBER;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import jp.akapen.db.enums.ErasureState;
import jp.akapen.db.enums.ErasureStepState;
import jp.akapen.db.tables.records.ErasureRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Erasure runs, their steps and the ledger of erased record ids (V025), and the cohort's residents as privacy knows them. */
@Repository
class ErasureRepository {

    record Run(long id, long cohortId, jp.akapen.privacy.erasure.ErasureState state, long operatorId,
            Long validatorId, String keyId, Instant requestedAt, Instant startedAt, Instant finishedAt,
            String manifestSha256, int reapplied, String claimedBy, Instant claimedUntil) {
    }

    record StepRow(String category, int position, boolean done, long erased) {
    }

    private final DSLContext db;

    ErasureRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Run> byCohort(long cohortId) {
        return db.selectFrom(ERASURE).where(ERASURE.COHORT_ID.eq(cohortId)).fetchOptional(ErasureRepository::run);
    }

    Optional<Run> lock(long id) {
        return db.selectFrom(ERASURE).where(ERASURE.ID.eq(id)).forUpdate().fetchOptional(ErasureRepository::run);
    }

    List<Run> all() {
        return db.selectFrom(ERASURE).orderBy(ERASURE.ID).fetch(ErasureRepository::run);
    }

    long insert(long cohortId, long operatorId, Long validatorId, String keyId, Instant at, int reapplied) {
        return db.insertInto(ERASURE)
                .set(ERASURE.COHORT_ID, cohortId)
                .set(ERASURE.STATE, ErasureState.PENDING)
                .set(ERASURE.OPERATOR_ID, operatorId)
                .set(ERASURE.VALIDATOR_ID, validatorId)
                .set(ERASURE.KEY_ID, keyId)
                .set(ERASURE.REQUESTED_AT, at)
                .set(ERASURE.REAPPLIED, reapplied)
                .returningResult(ERASURE.ID).fetchOne(r -> r.value1());
    }

    void insertStep(long erasureId, String category, int position) {
        db.insertInto(ERASURE_STEP)
                .set(ERASURE_STEP.ERASURE_ID, erasureId)
                .set(ERASURE_STEP.CATEGORY, category)
                .set(ERASURE_STEP.POSITION, position)
                .set(ERASURE_STEP.STATE, ErasureStepState.PENDING)
                .set(ERASURE_STEP.ERASED, 0L)
                .execute();
    }

    /**
     * Claims the oldest unfinished run nobody else holds (or whose holder's lease ran out) for {@code owner}: SKIP LOCKED,
     * so two instances claiming at once take different runs or none instead of waiting.
     */
    Optional<Long> claimNext(String owner, Instant now, Instant until) {
        var id = db.select(ERASURE.ID).from(ERASURE)
                .where(ERASURE.STATE.ne(ErasureState.DONE))
                .and(ERASURE.CLAIMED_UNTIL.isNull().or(ERASURE.CLAIMED_UNTIL.lt(now)).or(ERASURE.CLAIMED_BY.eq(owner)))
                .orderBy(ERASURE.ID).limit(1)
                .forUpdate().skipLocked()
                .fetchOptional(ERASURE.ID);
        id.ifPresent(i -> claim(i, owner, until));
        return id;
    }

    void claim(long id, String owner, Instant until) {
        db.update(ERASURE).set(ERASURE.CLAIMED_BY, owner).set(ERASURE.CLAIMED_UNTIL, until)
                .where(ERASURE.ID.eq(id)).execute();
    }

    void markRunning(long id, Instant at) {
        db.update(ERASURE).set(ERASURE.STATE, ErasureState.RUNNING)
                .set(ERASURE.STARTED_AT, org.jooq.impl.DSL.coalesce(ERASURE.STARTED_AT, org.jooq.impl.DSL.val(at, ERASURE.STARTED_AT)))
                .where(ERASURE.ID.eq(id)).execute();
    }

    void finish(long id, String manifestSha256, Instant at) {
        db.update(ERASURE).set(ERASURE.STATE, ErasureState.DONE)
                .set(ERASURE.MANIFEST_SHA256, manifestSha256)
                .set(ERASURE.FINISHED_AT, at)
                .setNull(ERASURE.CLAIMED_BY).setNull(ERASURE.CLAIMED_UNTIL)
                .where(ERASURE.ID.eq(id)).execute();
    }

    /** Erased data came back: the run and every step are to do again; counts and the ledger stay. */
    void reopen(long id) {
        db.update(ERASURE).set(ERASURE.STATE, ErasureState.PENDING)
                .set(ERASURE.REAPPLIED, ERASURE.REAPPLIED.plus(1))
                .setNull(ERASURE.CLAIMED_BY).setNull(ERASURE.CLAIMED_UNTIL)
                .where(ERASURE.ID.eq(id)).execute();
        db.update(ERASURE_STEP).set(ERASURE_STEP.STATE, ErasureStepState.PENDING)
                .where(ERASURE_STEP.ERASURE_ID.eq(id)).execute();
    }

    List<StepRow> steps(long erasureId) {
        return db.selectFrom(ERASURE_STEP).where(ERASURE_STEP.ERASURE_ID.eq(erasureId))
                .orderBy(ERASURE_STEP.POSITION)
                .fetch(r -> new StepRow(r.getCategory(), r.getPosition(), r.getState() == ErasureStepState.DONE,
                        r.getErased()));
    }

    /**
     * Adds the record ids to the ledger, each once: ids already there (a category erased again after a restore)
     * are not counted twice.
     *
     * @return how many of the ids were new to the ledger
     */
    int record(long erasureId, String category, List<String> recordIds, Instant at) {
        if (recordIds.isEmpty()) {
            return 0;
        }
        var insert = db.insertInto(ERASURE_RECORD, ERASURE_RECORD.ERASURE_ID, ERASURE_RECORD.CATEGORY,
                ERASURE_RECORD.RECORD_ID);
        for (String id : recordIds) {
            insert = insert.values(erasureId, category, id);
        }
        int added = insert.onDuplicateKeyIgnore().execute();
        db.update(ERASURE_STEP).set(ERASURE_STEP.ERASED, ERASURE_STEP.ERASED.plus(added))
                .set(ERASURE_STEP.STARTED_AT, org.jooq.impl.DSL.coalesce(ERASURE_STEP.STARTED_AT,
                        org.jooq.impl.DSL.val(at, ERASURE_STEP.STARTED_AT)))
                .where(ERASURE_STEP.ERASURE_ID.eq(erasureId)).and(ERASURE_STEP.CATEGORY.eq(category))
                .execute();
        return added;
    }

    void finishStep(long erasureId, String category, Instant at) {
        db.update(ERASURE_STEP).set(ERASURE_STEP.STATE, ErasureStepState.DONE)
                .set(ERASURE_STEP.STARTED_AT, org.jooq.impl.DSL.coalesce(ERASURE_STEP.STARTED_AT,
                        org.jooq.impl.DSL.val(at, ERASURE_STEP.STARTED_AT)))
                .set(ERASURE_STEP.FINISHED_AT, at)
                .where(ERASURE_STEP.ERASURE_ID.eq(erasureId)).and(ERASURE_STEP.CATEGORY.eq(category))
                .execute();
    }

    /** The ledger in manifest order: steps in their order, record ids sorted within each. */
    List<String[]> manifestRecords(long erasureId) {
        var rows = db.select(ERASURE_RECORD.CATEGORY, ERASURE_RECORD.RECORD_ID).from(ERASURE_RECORD)
                .join(ERASURE_STEP).on(ERASURE_STEP.ERASURE_ID.eq(ERASURE_RECORD.ERASURE_ID)
                        .and(ERASURE_STEP.CATEGORY.eq(ERASURE_RECORD.CATEGORY)))
                .where(ERASURE_RECORD.ERASURE_ID.eq(erasureId))
                .orderBy(ERASURE_STEP.POSITION, ERASURE_RECORD.RECORD_ID)
                .fetch();
        List<String[]> records = new ArrayList<>(rows.size());
        rows.forEach(r -> records.add(new String[] {r.value1(), r.value2()}));
        return records;
    }

    List<Long> residentsOf(long cohortId) {
        return db.select(PRIVACY_COHORT_MEMBER.RESIDENT_ID).from(PRIVACY_COHORT_MEMBER)
                .where(PRIVACY_COHORT_MEMBER.COHORT_ID.eq(cohortId)).orderBy(PRIVACY_COHORT_MEMBER.RESIDENT_ID)
                .fetch(PRIVACY_COHORT_MEMBER.RESIDENT_ID);
    }

    /**
     * The cohort's residents who are in no other cohort whose data is kept (one whose erasure has not been asked for):
     * whose accounts the erasure may close.
     */
    List<Long> residentsInNoKeptCohortBut(long cohortId) {
        var other = PRIVACY_COHORT_MEMBER.as("other");
        return db.select(PRIVACY_COHORT_MEMBER.RESIDENT_ID).from(PRIVACY_COHORT_MEMBER)
                .where(PRIVACY_COHORT_MEMBER.COHORT_ID.eq(cohortId))
                .andNotExists(db.selectOne().from(other).where(other.RESIDENT_ID.eq(PRIVACY_COHORT_MEMBER.RESIDENT_ID))
                        .and(other.COHORT_ID.ne(cohortId))
                        .and(other.COHORT_ID.notIn(db.select(ERASURE.COHORT_ID).from(ERASURE))))
                .orderBy(PRIVACY_COHORT_MEMBER.RESIDENT_ID)
                .fetch(PRIVACY_COHORT_MEMBER.RESIDENT_ID);
    }

    OptionalInt fiscalYearOf(long cohortId) {
        return db.selectDistinct(PRIVACY_COHORT_MEMBER.FISCAL_YEAR).from(PRIVACY_COHORT_MEMBER)
                .where(PRIVACY_COHORT_MEMBER.COHORT_ID.eq(cohortId)).limit(1)
                .fetchOptional(PRIVACY_COHORT_MEMBER.FISCAL_YEAR)
                .map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /** The fiscal years of the other cohorts privacy knows whose erasure has not been asked for. */
    List<Integer> keptFiscalYearsOtherThan(long cohortId) {
        return db.selectDistinct(PRIVACY_COHORT_MEMBER.FISCAL_YEAR).from(PRIVACY_COHORT_MEMBER)
                .where(PRIVACY_COHORT_MEMBER.COHORT_ID.ne(cohortId))
                .and(PRIVACY_COHORT_MEMBER.COHORT_ID.notIn(db.select(ERASURE.COHORT_ID).from(ERASURE)))
                .orderBy(PRIVACY_COHORT_MEMBER.FISCAL_YEAR)
                .fetch(PRIVACY_COHORT_MEMBER.FISCAL_YEAR);
    }

    private static Run run(ErasureRecord r) {
        return new Run(r.getId(), r.getCohortId(),
                jp.akapen.privacy.erasure.ErasureState.valueOf(r.getState().name()), r.getOperatorId(),
                r.getValidatorId(), r.getKeyId(), r.getRequestedAt(), r.getStartedAt(), r.getFinishedAt(),
                r.getManifestSha256(), r.getReapplied(), r.getClaimedBy(), r.getClaimedUntil());
    }
}
