package jp.akapen.privacy.takeout;

import static jp.akapen.db.Tables.TAKEOUT_REQUEST;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.akapen.db.enums.TakeoutRequestState;
import jp.akapen.db.tables.records.TakeoutRequestRecord;
import jp.akapen.privacy.vault.PersonalData;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class TakeOutRepository {

    record Row(long id, long cohortId, List<PersonalData.Field> fields, String purpose, String destination,
            String carrier, LocalDate returnDue, TakeOutState state, long requestedBy, Instant requestedAt,
            Long decidedBy, Instant decidedAt, String decisionReason, Instant exportedAt, Integer exportedPeople,
            String exportSha256, Long closedBy, Instant closedAt, String closedNote, LocalDate overdueFlaggedOn) {
    }

    private final DSLContext db;

    TakeOutRepository(DSLContext db) {
        this.db = db;
    }

    long insert(TakeOutDraft draft, long requestedBy, Instant at) {
        return db.insertInto(TAKEOUT_REQUEST)
                .set(TAKEOUT_REQUEST.COHORT_ID, draft.cohortId())
                .set(TAKEOUT_REQUEST.FIELDS, draft.fields().stream().sorted().map(PersonalData.Field::column)
                        .collect(Collectors.joining(",")))
                .set(TAKEOUT_REQUEST.PURPOSE, draft.purpose().strip())
                .set(TAKEOUT_REQUEST.DESTINATION, draft.destination().strip())
                .set(TAKEOUT_REQUEST.CARRIER, draft.carrier().strip())
                .set(TAKEOUT_REQUEST.RETURN_DUE, draft.returnDue())
                .set(TAKEOUT_REQUEST.STATE, TakeoutRequestState.REQUESTED)
                .set(TAKEOUT_REQUEST.REQUESTED_BY, requestedBy)
                .set(TAKEOUT_REQUEST.REQUESTED_AT, at)
                .returningResult(TAKEOUT_REQUEST.ID).fetchOne(TAKEOUT_REQUEST.ID);
    }

    Optional<Row> find(long id) {
        return db.selectFrom(TAKEOUT_REQUEST).where(TAKEOUT_REQUEST.ID.eq(id)).fetchOptional(TakeOutRepository::row);
    }

    /** The row locked until the transaction ends: two clicks on one request take turns and the second sees the first. */
    Optional<Row> lock(long id) {
        return db.selectFrom(TAKEOUT_REQUEST).where(TAKEOUT_REQUEST.ID.eq(id)).forUpdate()
                .fetchOptional(TakeOutRepository::row);
    }

    List<Row> all() {
        return db.selectFrom(TAKEOUT_REQUEST).orderBy(TAKEOUT_REQUEST.ID.desc()).fetch(TakeOutRepository::row);
    }

    List<Row> requestedBy(long accountId) {
        return db.selectFrom(TAKEOUT_REQUEST).where(TAKEOUT_REQUEST.REQUESTED_BY.eq(accountId))
                .orderBy(TAKEOUT_REQUEST.ID.desc()).fetch(TakeOutRepository::row);
    }

    void decide(long id, TakeOutState state, long by, Instant at, String reason) {
        db.update(TAKEOUT_REQUEST)
                .set(TAKEOUT_REQUEST.STATE, state(state))
                .set(TAKEOUT_REQUEST.DECIDED_BY, by)
                .set(TAKEOUT_REQUEST.DECIDED_AT, at)
                .set(TAKEOUT_REQUEST.DECISION_REASON, reason)
                .where(TAKEOUT_REQUEST.ID.eq(id)).execute();
    }

    void exported(long id, Instant at, int people, String sha256) {
        db.update(TAKEOUT_REQUEST)
                .set(TAKEOUT_REQUEST.STATE, TakeoutRequestState.EXPORTED)
                .set(TAKEOUT_REQUEST.EXPORTED_AT, at)
                .set(TAKEOUT_REQUEST.EXPORTED_PEOPLE, people)
                .set(TAKEOUT_REQUEST.EXPORT_SHA256, sha256)
                .where(TAKEOUT_REQUEST.ID.eq(id)).execute();
    }

    void closed(long id, TakeOutState state, long by, Instant at, String note) {
        db.update(TAKEOUT_REQUEST)
                .set(TAKEOUT_REQUEST.STATE, state(state))
                .set(TAKEOUT_REQUEST.CLOSED_BY, by)
                .set(TAKEOUT_REQUEST.CLOSED_AT, at)
                .set(TAKEOUT_REQUEST.CLOSED_NOTE, note)
                .where(TAKEOUT_REQUEST.ID.eq(id)).execute();
    }

    /**
     * Exports past their return date that nobody flagged today, locked and skipped by other instances, so that
     * several instances flag each once a day.
     */
    List<Row> overdueUnflagged(LocalDate today) {
        return db.selectFrom(TAKEOUT_REQUEST)
                .where(TAKEOUT_REQUEST.STATE.eq(TakeoutRequestState.EXPORTED))
                .and(TAKEOUT_REQUEST.RETURN_DUE.lt(today))
                .and(TAKEOUT_REQUEST.OVERDUE_FLAGGED_ON.isNull().or(TAKEOUT_REQUEST.OVERDUE_FLAGGED_ON.lt(today)))
                .orderBy(TAKEOUT_REQUEST.ID)
                .forUpdate().skipLocked()
                .fetch(TakeOutRepository::row);
    }

    void flagged(long id, LocalDate day) {
        db.update(TAKEOUT_REQUEST).set(TAKEOUT_REQUEST.OVERDUE_FLAGGED_ON, day).where(TAKEOUT_REQUEST.ID.eq(id))
                .execute();
    }

    private static Row row(TakeoutRequestRecord r) {
        return new Row(r.getId(), r.getCohortId(), fields(r.getFields()), r.getPurpose(), r.getDestination(),
                r.getCarrier(), r.getReturnDue(), TakeOutState.valueOf(r.getState().getLiteral()), r.getRequestedBy(),
                r.getRequestedAt(), r.getDecidedBy(), r.getDecidedAt(), r.getDecisionReason(),
                r.getExportedAt(), r.getExportedPeople(), r.getExportSha256(), r.getClosedBy(),
                r.getClosedAt(), r.getClosedNote(), r.getOverdueFlaggedOn());
    }

    private static List<PersonalData.Field> fields(String stored) {
        return Arrays.stream(stored.split(",")).flatMap(column -> Arrays.stream(PersonalData.Field.values())
                .filter(f -> f.column().equals(column))).sorted(Comparator.naturalOrder()).toList();
    }

    private static TakeoutRequestState state(TakeOutState state) {
        return TakeoutRequestState.lookupLiteral(state.name());
    }
}
