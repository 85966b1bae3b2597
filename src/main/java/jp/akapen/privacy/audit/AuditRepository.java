package jp.akapen.privacy.audit;

import static jp.akapen.db.Tables.AUDIT_EVENT;
import static jp.akapen.db.Tables.AUDIT_WRITER_LOCK;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import jp.akapen.db.tables.records.AuditEventRecord;
import jp.akapen.privacy.audit.chain.AuditEvent;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.InsertSetStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    private static final int ROWS_PER_STATEMENT = 500;

    private final DSLContext db;

    AuditRepository(DSLContext db) {
        this.db = db;
    }

    /** Waits for any other writer's transaction to end; held until this transaction ends. */
    void takeWriterTurn() {
        db.selectOne().from(AUDIT_WRITER_LOCK).where(AUDIT_WRITER_LOCK.ID.eq((byte) 1)).forUpdate().fetch();
    }

    /**
     * The last entry, or none for an empty log. Call after {@link #takeWriterTurn()}. A locking read,
     * so it sees the latest committed entry even when the caller's transaction read something
     * earlier (a plain read would see the snapshot taken then, and reuse a seq written since).
     */
    Optional<AuditEvent> last() {
        return db.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ.desc()).limit(1).forShare()
                .fetchOptional(AuditRepository::event);
    }

    /**
     * Many rows per statement: one statement per row made the erasure's verification, which audits one read per
     * resident, spend most of a second on 10,000 of them.
     */
    void insertAll(List<AuditEvent> events) {
        for (int i = 0; i < events.size(); i += ROWS_PER_STATEMENT) {
            InsertSetMoreStep<AuditEventRecord> insert = null;
            for (AuditEvent e : events.subList(i, Math.min(events.size(), i + ROWS_PER_STATEMENT))) {
                insert = values(insert == null ? db.insertInto(AUDIT_EVENT) : insert.newRecord(), e);
            }
            insert.execute();
        }
    }

    private static InsertSetMoreStep<AuditEventRecord> values(InsertSetStep<AuditEventRecord> row, AuditEvent e) {
        return row
                .set(AUDIT_EVENT.SEQ, e.seq())
                .set(AUDIT_EVENT.AT, e.at())
                .set(AUDIT_EVENT.ACTOR_ID, e.actorId())
                .set(AUDIT_EVENT.ACTOR_ROLE, e.actorRole())
                .set(AUDIT_EVENT.ACTION, e.action())
                .set(AUDIT_EVENT.OBJECT_TYPE, e.objectType())
                .set(AUDIT_EVENT.OBJECT_ID, e.objectId())
                .set(AUDIT_EVENT.FIELDS, e.fields() == null ? null : String.join(",", e.fields()))
                .set(AUDIT_EVENT.OUTCOME, e.outcome())
                .set(AUDIT_EVENT.SESSION_HASH, e.sessionHash())
                .set(AUDIT_EVENT.CLIENT_ADDRESS, e.clientAddress())
                .set(AUDIT_EVENT.PREVIOUS_HASH, e.previousHash())
                .set(AUDIT_EVENT.HASH, e.hash());
    }

    /** Every entry in seq order, as a stream for the caller's function; the cursor closes after it. */
    <R> R inOrder(Function<Stream<AuditEvent>, R> reader) {
        try (Stream<AuditEventRecord> rows = db.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ).fetchSize(1000).fetchStream()) {
            return reader.apply(rows.map(AuditRepository::event));
        }
    }

    /**
     * Entries that pass the filter, newest first. With a period, newest by time and then by seq: the same order while
     * the clock never runs back, and one the time index serves, where ordering by seq alone read the primary key
     * backwards from the end of the log to the period (seconds for a month two years back in a million entries).
     */
    List<AuditEvent> find(AuditFilter filter, int offset, int limit) {
        if (filter.from() != null || filter.until() != null) {
            return db.selectFrom(AUDIT_EVENT).where(condition(filter))
                    .orderBy(AUDIT_EVENT.AT.desc(), AUDIT_EVENT.SEQ.desc()).offset(offset).limit(limit)
                    .fetch(AuditRepository::event);
        }
        return find(condition(filter), offset, limit);
    }

    int count(AuditFilter filter) {
        return count(condition(filter));
    }

    List<AuditEvent> find(Condition filter, int offset, int limit) {
        return db.selectFrom(AUDIT_EVENT).where(filter).orderBy(AUDIT_EVENT.SEQ.desc()).offset(offset).limit(limit)
                .fetch(AuditRepository::event);
    }

    int count(Condition filter) {
        return db.fetchCount(AUDIT_EVENT, filter);
    }

    Optional<AuditEvent> bySeq(long seq) {
        return db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SEQ.eq(seq)).fetchOptional(AuditRepository::event);
    }

    static Condition condition(AuditFilter f) {
        Condition c = DSL.noCondition();
        if (f.from() != null) {
            c = c.and(AUDIT_EVENT.AT.ge(f.from()));
        }
        if (f.until() != null) {
            c = c.and(AUDIT_EVENT.AT.lt(f.until()));
        }
        if (f.actorId() != null) {
            c = c.and(AUDIT_EVENT.ACTOR_ID.eq(f.actorId()));
        }
        if (f.action() != null) {
            c = c.and(AUDIT_EVENT.ACTION.eq(f.action().name()));
        }
        if (f.outcome() != null) {
            c = c.and(AUDIT_EVENT.OUTCOME.eq(f.outcome().name()));
        }
        if (f.objectType() != null) {
            c = c.and(AUDIT_EVENT.OBJECT_TYPE.eq(f.objectType()));
        }
        if (f.objectId() != null) {
            c = c.and(AUDIT_EVENT.OBJECT_ID.eq(f.objectId()));
        }
        return c;
    }

    /** The account's own sign-in events: about the account and by it as the actor, newest first. */
    List<AuditEvent> signInEventsOf(long accountId, List<String> actions, int limit) {
        return find(AUDIT_EVENT.OBJECT_TYPE.eq(LoginAudit.ACCOUNT)
                .and(AUDIT_EVENT.OBJECT_ID.eq(Long.toString(accountId)))
                .and(AUDIT_EVENT.ACTOR_ID.eq(accountId))
                .and(AUDIT_EVENT.ACTION.in(actions)), 0, limit);
    }

    record AccessCount(long accountId, String role, long reads, long changes, long exports, long unusualReads) {
    }

    /**
     * Successful PERSONAL_DATA_READ, _CHANGED and _EXPORTED entries in [from, until) per actor, with the reads at
     * unusual hours ({@link UnusualHours}), counted in the database over the time index; most reads first.
     */
    List<AccessCount> personalDataAccess(Instant from, Instant until) {
        var tokyo = "DATE_ADD({0}, INTERVAL " + UnusualHours.TOKYO_OFFSET_HOURS + " HOUR)";
        Condition unusual = DSL.condition("HOUR(" + tokyo + ") < " + UnusualHours.FROM_HOUR + " OR HOUR(" + tokyo
                + ") >= " + UnusualHours.UNTIL_HOUR + " OR DAYOFWEEK(" + tokyo + ") IN (1, 7)", AUDIT_EVENT.AT);
        Condition read = AUDIT_EVENT.ACTION.eq(AuditAction.PERSONAL_DATA_READ.name());
        var reads = DSL.count().filterWhere(read).as("reads");
        return db.select(AUDIT_EVENT.ACTOR_ID, DSL.max(AUDIT_EVENT.ACTOR_ROLE), reads,
                        DSL.count().filterWhere(AUDIT_EVENT.ACTION.eq(AuditAction.PERSONAL_DATA_CHANGED.name())),
                        DSL.count().filterWhere(AUDIT_EVENT.ACTION.eq(AuditAction.PERSONAL_DATA_EXPORTED.name())),
                        DSL.count().filterWhere(read.and(unusual)))
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.AT.ge(from)).and(AUDIT_EVENT.AT.lt(until))
                .and(AUDIT_EVENT.ACTOR_ID.isNotNull())
                .and(AUDIT_EVENT.OUTCOME.eq(AuditOutcome.SUCCESS.name()))
                .and(AUDIT_EVENT.ACTION.in(AuditAction.PERSONAL_DATA_READ.name(),
                        AuditAction.PERSONAL_DATA_CHANGED.name(), AuditAction.PERSONAL_DATA_EXPORTED.name()))
                .groupBy(AUDIT_EVENT.ACTOR_ID)
                .orderBy(reads.desc(), AUDIT_EVENT.ACTOR_ID)
                .fetch(r -> new AccessCount(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    long countAll() {
        return db.fetchCount(AUDIT_EVENT);
    }

    static AuditEvent event(AuditEventRecord r) {
        String fields = r.getFields();
        return new AuditEvent(r.getSeq(), r.getAt(), r.getActorId(), r.getActorRole(), r.getAction(), r.getObjectType(),
                r.getObjectId(), fields == null ? null : fields.isEmpty() ? List.of() : Arrays.asList(fields.split(",", -1)),
                r.getOutcome(), r.getSessionHash(), r.getClientAddress(), r.getPreviousHash(), r.getHash());
    }
}
