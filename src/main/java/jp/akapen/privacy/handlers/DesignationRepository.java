package jp.akapen.privacy.handlers;

import static jp.akapen.db.Tables.HANDLER_DESIGNATION;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.akapen.db.tables.records.HandlerDesignationRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class DesignationRepository {

    private final DSLContext db;

    DesignationRepository(DSLContext db) {
        this.db = db;
    }

    /** Active on the day: begun, not past its end date, and never ended. */
    boolean activeOn(long accountId, LocalDate day) {
        return db.fetchExists(HANDLER_DESIGNATION, HANDLER_DESIGNATION.ACCOUNT_ID.eq(accountId).and(activeOn(day)));
    }

    private static Condition activeOn(LocalDate day) {
        return HANDLER_DESIGNATION.STARTS_ON.le(day)
                .and(HANDLER_DESIGNATION.ENDS_ON.isNull().or(HANDLER_DESIGNATION.ENDS_ON.ge(day)))
                .and(HANDLER_DESIGNATION.ENDED_AT.isNull());
    }

    /**
     * The person's designations, locked until the transaction ends: two managers designating the
     * same person at once take turns, so the overlap check sees the other's row. (With no rows yet,
     * InnoDB's next-key lock on the account's index range still blocks the other insert.)
     */
    List<Designation> lockAllOf(long accountId) {
        return db.selectFrom(HANDLER_DESIGNATION).where(HANDLER_DESIGNATION.ACCOUNT_ID.eq(accountId))
                .orderBy(HANDLER_DESIGNATION.STARTS_ON).forUpdate().fetch(DesignationRepository::designation);
    }

    Optional<Designation> lock(long id) {
        return db.selectFrom(HANDLER_DESIGNATION).where(HANDLER_DESIGNATION.ID.eq(id)).forUpdate()
                .fetchOptional(DesignationRepository::designation);
    }

    Optional<Designation> find(long id) {
        return db.selectFrom(HANDLER_DESIGNATION).where(HANDLER_DESIGNATION.ID.eq(id))
                .fetchOptional(DesignationRepository::designation);
    }

    /** The whole register, newest first. */
    List<Designation> all() {
        return db.selectFrom(HANDLER_DESIGNATION)
                .orderBy(HANDLER_DESIGNATION.STARTS_ON.desc(), HANDLER_DESIGNATION.ID.desc())
                .fetch(DesignationRepository::designation);
    }

    boolean anyFor(long accountId) {
        return db.fetchExists(HANDLER_DESIGNATION, HANDLER_DESIGNATION.ACCOUNT_ID.eq(accountId));
    }

    long insert(long accountId, LocalDate startsOn, LocalDate endsOn, long designatedBy, Instant at) {
        return db.insertInto(HANDLER_DESIGNATION)
                .set(HANDLER_DESIGNATION.ACCOUNT_ID, accountId)
                .set(HANDLER_DESIGNATION.STARTS_ON, startsOn)
                .set(HANDLER_DESIGNATION.ENDS_ON, endsOn)
                .set(HANDLER_DESIGNATION.DESIGNATED_BY, designatedBy)
                .set(HANDLER_DESIGNATION.DESIGNATED_AT, at)
                .returningResult(HANDLER_DESIGNATION.ID)
                .fetchOne(r -> r.value1());
    }

    void end(long id, LocalDate endsOn, long endedBy, Instant at) {
        db.update(HANDLER_DESIGNATION)
                .set(HANDLER_DESIGNATION.ENDS_ON, endsOn)
                .set(HANDLER_DESIGNATION.ENDED_BY, endedBy)
                .set(HANDLER_DESIGNATION.ENDED_AT, at)
                .where(HANDLER_DESIGNATION.ID.eq(id).and(HANDLER_DESIGNATION.ENDED_AT.isNull()))
                .execute();
    }

    /** Designations ended by hand in the interval (after {@code from}, up to {@code to}). */
    List<Designation> endedBetween(Instant from, Instant to) {
        return db.selectFrom(HANDLER_DESIGNATION)
                .where(HANDLER_DESIGNATION.ENDED_AT.gt(from).and(HANDLER_DESIGNATION.ENDED_AT.le(to)))
                .fetch(DesignationRepository::designation);
    }

    /** Designations, never ended by hand, whose last day lies in the given days (inclusive). */
    List<Designation> lapsedBetween(LocalDate firstLastDay, LocalDate lastLastDay) {
        return db.selectFrom(HANDLER_DESIGNATION)
                .where(HANDLER_DESIGNATION.ENDED_AT.isNull()
                        .and(HANDLER_DESIGNATION.ENDS_ON.between(firstLastDay, lastLastDay)))
                .fetch(DesignationRepository::designation);
    }

    /** Designations nobody has ended by hand, oldest first (whether lapsed is for the caller to say). */
    List<Designation> notEnded() {
        return db.selectFrom(HANDLER_DESIGNATION).where(HANDLER_DESIGNATION.ENDED_AT.isNull())
                .orderBy(HANDLER_DESIGNATION.ID).fetch(DesignationRepository::designation);
    }

    private static Designation designation(HandlerDesignationRecord r) {
        return new Designation(r.getId(), r.getAccountId(), r.getStartsOn(), r.getEndsOn(), r.getDesignatedBy(),
                r.getDesignatedAt(), r.getEndedBy(), r.getEndedAt());
    }
}
