package jp.akapen.proofreading;

import static jp.akapen.db.Tables.HOUSE_TERM;
import static jp.akapen.db.Tables.PROOFREADING_ALLOWED;
import static jp.akapen.db.Tables.PROOFREADING_DISMISSAL;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Dismissed suggestions, an edition's allowed words and the manager's house-dictionary rows. */
@Repository
class ProofreadingRepository {

    private final DSLContext db;

    ProofreadingRepository(DSLContext db) {
        this.db = db;
    }

    record Dismissal(String ruleId, String found) {
    }

    Set<Dismissal> dismissals(long manuscriptId) {
        return db.select(PROOFREADING_DISMISSAL.RULE_ID, PROOFREADING_DISMISSAL.FOUND)
                .from(PROOFREADING_DISMISSAL)
                .where(PROOFREADING_DISMISSAL.MANUSCRIPT_ID.eq(manuscriptId))
                .fetchSet(r -> new Dismissal(r.value1(), r.value2()));
    }

    /** The manuscript's dismissals, the latest first. */
    List<Dismissal> dismissalsLatestFirst(long manuscriptId) {
        return db.select(PROOFREADING_DISMISSAL.RULE_ID, PROOFREADING_DISMISSAL.FOUND).from(PROOFREADING_DISMISSAL)
                .where(PROOFREADING_DISMISSAL.MANUSCRIPT_ID.eq(manuscriptId))
                .orderBy(PROOFREADING_DISMISSAL.DISMISSED_AT.desc(), PROOFREADING_DISMISSAL.RULE_ID,
                        PROOFREADING_DISMISSAL.FOUND)
                .fetch(r -> new Dismissal(r.value1(), r.value2()));
    }

    boolean undismiss(long manuscriptId, String ruleId, String found) {
        return db.deleteFrom(PROOFREADING_DISMISSAL).where(PROOFREADING_DISMISSAL.MANUSCRIPT_ID.eq(manuscriptId))
                .and(PROOFREADING_DISMISSAL.RULE_ID.eq(ruleId)).and(PROOFREADING_DISMISSAL.FOUND.eq(found))
                .execute() > 0;
    }

    void dismiss(long manuscriptId, String ruleId, String found, long by, Instant at) {
        db.insertInto(PROOFREADING_DISMISSAL)
                .set(PROOFREADING_DISMISSAL.MANUSCRIPT_ID, manuscriptId)
                .set(PROOFREADING_DISMISSAL.RULE_ID, ruleId)
                .set(PROOFREADING_DISMISSAL.FOUND, found)
                .set(PROOFREADING_DISMISSAL.DISMISSED_BY, by)
                .set(PROOFREADING_DISMISSAL.DISMISSED_AT, at)
                .onDuplicateKeyIgnore()
                .execute();
    }

    List<String> allowed(long editionId) {
        return db.select(PROOFREADING_ALLOWED.TERM).from(PROOFREADING_ALLOWED)
                .where(PROOFREADING_ALLOWED.EDITION_ID.eq(editionId))
                .orderBy(PROOFREADING_ALLOWED.ADDED_AT, PROOFREADING_ALLOWED.TERM)
                .fetch(PROOFREADING_ALLOWED.TERM);
    }

    void allow(long editionId, String term, long by, Instant at) {
        db.insertInto(PROOFREADING_ALLOWED)
                .set(PROOFREADING_ALLOWED.EDITION_ID, editionId)
                .set(PROOFREADING_ALLOWED.TERM, term)
                .set(PROOFREADING_ALLOWED.ADDED_BY, by)
                .set(PROOFREADING_ALLOWED.ADDED_AT, at)
                .onDuplicateKeyIgnore()
                .execute();
    }

    void disallow(long editionId, String term) {
        db.deleteFrom(PROOFREADING_ALLOWED)
                .where(PROOFREADING_ALLOWED.EDITION_ID.eq(editionId), PROOFREADING_ALLOWED.TERM.eq(term))
                .execute();
    }

    record Row(String ruleId, String pattern, String replacement, String note, String exampleBefore,
            String exampleAfter, boolean withdrawn, long changedBy, Instant changedAt) {
    }

    List<Row> houseRows() {
        return db.selectFrom(HOUSE_TERM).orderBy(HOUSE_TERM.CHANGED_AT, HOUSE_TERM.RULE_ID)
                .fetch(r -> new Row(r.getRuleId(), r.getPattern(), r.getReplacement(), r.getNote(),
                        r.getExampleBefore(), r.getExampleAfter(), r.getWithdrawn(), r.getChangedBy(),
                        r.getChangedAt()));
    }

    /** Changes whenever a row is written: how the check knows its cached dictionary is stale, on any instance. */
    String houseVersion() {
        var r = db.select(DSL.count(), DSL.max(HOUSE_TERM.CHANGED_AT)).from(HOUSE_TERM).fetchOne();
        return r.value1() + "@" + r.value2();
    }

    void saveHouseRow(Row row) {
        var record = db.newRecord(HOUSE_TERM);
        record.setRuleId(row.ruleId());
        record.setPattern(row.pattern());
        record.setReplacement(row.replacement());
        record.setNote(row.note());
        record.setExampleBefore(row.exampleBefore());
        record.setExampleAfter(row.exampleAfter());
        record.setWithdrawn(row.withdrawn());
        record.setChangedBy(row.changedBy());
        record.setChangedAt(row.changedAt());
        db.insertInto(HOUSE_TERM).set(record).onDuplicateKeyUpdate().set(record).execute();
    }
}
