package jp.akapen.edition;

import static jp.akapen.db.Tables.ARTICLE;
import static jp.akapen.db.Tables.ARTICLE_RESIDENT;
import static jp.akapen.db.Tables.COHORT;
import static jp.akapen.db.Tables.COHORT_MEMBER;
import static jp.akapen.db.Tables.EDITION;
import static jp.akapen.db.Tables.MILESTONE;
import static jp.akapen.db.Tables.MILESTONE_CHANGE;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.akapen.db.enums.MilestoneChangeKind;
import jp.akapen.edition.progress.MilestoneKind;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** SQL for cohorts, editions, milestones and articles. Names come from the caller. */
@Repository
class EditionRepository {

    record CohortRow(long id, int fiscalYear, LocalDate termStart, LocalDate termEnd, String contractor,
            List<Long> residentIds) {
    }

    record ArticleRow(long id, long editionId, String title, int plannedLength, List<Long> residentIds,
            Long handlerId) {
    }

    record ChangeRow(MilestoneKind kind, LocalDate oldDue, LocalDate newDue, long changedBy, Instant changedAt) {
    }

    private final DSLContext db;

    EditionRepository(DSLContext db) {
        this.db = db;
    }

    long insertCohort(NewCohort cohort, long by, Instant at) {
        long id = db.insertInto(COHORT)
                .set(COHORT.FISCAL_YEAR, cohort.fiscalYear())
                .set(COHORT.TERM_START, cohort.termStart())
                .set(COHORT.TERM_END, cohort.termEnd())
                .set(COHORT.CONTRACTOR, cohort.contractor())
                .set(COHORT.CREATED_BY, by)
                .set(COHORT.CREATED_AT, at)
                .returning(COHORT.ID).fetchOne(COHORT.ID);
        for (long resident : cohort.residentIds()) {
            db.insertInto(COHORT_MEMBER).set(COHORT_MEMBER.COHORT_ID, id).set(COHORT_MEMBER.RESIDENT_ID, resident)
                    .execute();
        }
        return id;
    }

    void addMember(long cohortId, long residentId) {
        db.insertInto(COHORT_MEMBER).set(COHORT_MEMBER.COHORT_ID, cohortId).set(COHORT_MEMBER.RESIDENT_ID, residentId)
                .execute();
    }

    boolean fiscalYearTaken(int fiscalYear) {
        return db.fetchExists(COHORT, COHORT.FISCAL_YEAR.eq(fiscalYear));
    }

    List<CohortRow> cohorts() {
        var members = multiset(select(COHORT_MEMBER.RESIDENT_ID).from(COHORT_MEMBER)
                .where(COHORT_MEMBER.COHORT_ID.eq(COHORT.ID)).orderBy(COHORT_MEMBER.RESIDENT_ID))
                .convertFrom(r -> r.map(m -> m.value1()));
        return db.select(COHORT.ID, COHORT.FISCAL_YEAR, COHORT.TERM_START, COHORT.TERM_END, COHORT.CONTRACTOR, members)
                .from(COHORT).orderBy(COHORT.FISCAL_YEAR.desc())
                .fetch(r -> new CohortRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    Optional<CohortRow> cohort(long id) {
        return cohorts().stream().filter(c -> c.id() == id).findFirst();
    }

    long insertEdition(long cohortId, int number, String title, long by, Instant at) {
        return db.insertInto(EDITION)
                .set(EDITION.COHORT_ID, cohortId)
                .set(EDITION.NUMBER, number)
                .set(EDITION.TITLE, title)
                .set(EDITION.CREATED_BY, by)
                .set(EDITION.CREATED_AT, at)
                .returning(EDITION.ID).fetchOne(EDITION.ID);
    }

    boolean editionNumberTaken(long cohortId, int number) {
        return db.fetchExists(EDITION, EDITION.COHORT_ID.eq(cohortId), EDITION.NUMBER.eq(number));
    }

    List<Edition> editions(Condition condition) {
        var milestones = multiset(select(MILESTONE.KIND, MILESTONE.DUE_ON).from(MILESTONE)
                .where(MILESTONE.EDITION_ID.eq(EDITION.ID)))
                .convertFrom(r -> {
                    Map<MilestoneKind, LocalDate> map = new EnumMap<>(MilestoneKind.class);
                    r.forEach(m -> map.put(MilestoneKind.valueOf(m.value1().getLiteral()), m.value2()));
                    return map;
                });
        return db.select(EDITION.ID, EDITION.COHORT_ID, COHORT.FISCAL_YEAR, EDITION.NUMBER, EDITION.TITLE, milestones,
                        EDITION.DELIVERED_ON, EDITION.DELIVERY_CONFIRMED_AT)
                .from(EDITION).join(COHORT).on(COHORT.ID.eq(EDITION.COHORT_ID))
                .where(condition)
                .orderBy(COHORT.FISCAL_YEAR, EDITION.NUMBER)
                .fetch(r -> new Edition(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8() != null));
    }

    List<Edition> allEditions() {
        return editions(DSL.trueCondition());
    }

    List<Edition> editions(java.util.Collection<Long> ids) {
        return editions(EDITION.ID.in(ids));
    }

    Optional<Edition> edition(long id) {
        return editions(EDITION.ID.eq(id)).stream().findFirst();
    }

    /** Locks the edition row for the rest of the transaction, and reads it. */
    Optional<Edition> lockEdition(long id) {
        return db.select(EDITION.ID).from(EDITION).where(EDITION.ID.eq(id)).forUpdate().fetchOptional()
                .flatMap(r -> edition(id));
    }

    void setMilestone(long editionId, MilestoneKind kind, LocalDate due, long by, Instant at) {
        var dbKind = jp.akapen.db.enums.MilestoneKind.lookupLiteral(kind.name());
        LocalDate old = db.select(MILESTONE.DUE_ON).from(MILESTONE)
                .where(MILESTONE.EDITION_ID.eq(editionId), MILESTONE.KIND.eq(dbKind)).fetchOne(MILESTONE.DUE_ON);
        if (due.equals(old)) {
            return;
        }
        if (old == null) {
            db.insertInto(MILESTONE).set(MILESTONE.EDITION_ID, editionId).set(MILESTONE.KIND, dbKind)
                    .set(MILESTONE.DUE_ON, due).execute();
        } else {
            db.update(MILESTONE).set(MILESTONE.DUE_ON, due)
                    .where(MILESTONE.EDITION_ID.eq(editionId), MILESTONE.KIND.eq(dbKind)).execute();
        }
        db.insertInto(MILESTONE_CHANGE)
                .set(MILESTONE_CHANGE.EDITION_ID, editionId)
                .set(MILESTONE_CHANGE.KIND, MilestoneChangeKind.lookupLiteral(kind.name()))
                .set(MILESTONE_CHANGE.OLD_DUE_ON, old)
                .set(MILESTONE_CHANGE.NEW_DUE_ON, due)
                .set(MILESTONE_CHANGE.CHANGED_BY, by)
                .set(MILESTONE_CHANGE.CHANGED_AT, at)
                .execute();
    }

    List<ChangeRow> scheduleChanges(long editionId) {
        return db.selectFrom(MILESTONE_CHANGE).where(MILESTONE_CHANGE.EDITION_ID.eq(editionId))
                .orderBy(MILESTONE_CHANGE.CHANGED_AT.desc(), MILESTONE_CHANGE.ID.desc())
                .fetch(r -> new ChangeRow(MilestoneKind.valueOf(r.getKind().getLiteral()), r.getOldDueOn(),
                        r.getNewDueOn(), r.getChangedBy(), r.getChangedAt()));
    }

    void markDelivered(long editionId, LocalDate on, long by, Instant at) {
        db.update(EDITION)
                .set(EDITION.DELIVERED_ON, on)
                .set(EDITION.DELIVERY_MARKED_BY, by)
                .set(EDITION.DELIVERY_MARKED_AT, at)
                .setNull(EDITION.DELIVERY_CONFIRMED_BY)
                .setNull(EDITION.DELIVERY_CONFIRMED_AT)
                .where(EDITION.ID.eq(editionId))
                .execute();
    }

    void confirmDelivery(long editionId, long by, Instant at) {
        db.update(EDITION)
                .set(EDITION.DELIVERY_CONFIRMED_BY, by)
                .set(EDITION.DELIVERY_CONFIRMED_AT, at)
                .where(EDITION.ID.eq(editionId))
                .execute();
    }

    long insertArticle(long editionId, String title, int plannedLength, List<Long> residentIds, Long handlerId,
            long by, Instant at) {
        long id = db.insertInto(ARTICLE)
                .set(ARTICLE.EDITION_ID, editionId)
                .set(ARTICLE.TITLE, title)
                .set(ARTICLE.PLANNED_LENGTH, plannedLength)
                .set(ARTICLE.HANDLER_ID, handlerId)
                .set(ARTICLE.CREATED_BY, by)
                .set(ARTICLE.CREATED_AT, at)
                .returning(ARTICLE.ID).fetchOne(ARTICLE.ID);
        for (int i = 0; i < residentIds.size(); i++) {
            db.insertInto(ARTICLE_RESIDENT)
                    .set(ARTICLE_RESIDENT.ARTICLE_ID, id)
                    .set(ARTICLE_RESIDENT.RESIDENT_ID, residentIds.get(i))
                    .set(ARTICLE_RESIDENT.POSITION, i)
                    .execute();
        }
        return id;
    }

    List<ArticleRow> articles(Condition condition) {
        var residents = multiset(select(ARTICLE_RESIDENT.RESIDENT_ID).from(ARTICLE_RESIDENT)
                .where(ARTICLE_RESIDENT.ARTICLE_ID.eq(ARTICLE.ID)).orderBy(ARTICLE_RESIDENT.POSITION))
                .convertFrom(r -> r.map(m -> m.value1()));
        return db.select(ARTICLE.ID, ARTICLE.EDITION_ID, ARTICLE.TITLE, ARTICLE.PLANNED_LENGTH, residents,
                        ARTICLE.HANDLER_ID)
                .from(ARTICLE)
                .where(condition)
                .orderBy(ARTICLE.EDITION_ID, ARTICLE.ID)
                .fetch(r -> new ArticleRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    List<ArticleRow> articlesOf(long editionId) {
        return articles(ARTICLE.EDITION_ID.eq(editionId));
    }

    List<ArticleRow> articlesOfResident(long residentId) {
        return articles(ARTICLE.ID.in(select(ARTICLE_RESIDENT.ARTICLE_ID).from(ARTICLE_RESIDENT)
                .where(ARTICLE_RESIDENT.RESIDENT_ID.eq(residentId))));
    }

    List<ArticleRow> articlesOfHandler(long handlerId) {
        return articles(ARTICLE.HANDLER_ID.eq(handlerId));
    }

    List<ArticleRow> allArticles() {
        return articles(DSL.trueCondition());
    }

    /** Article id → edition id for every article: what the turnaround summary groups by. */
    Map<Long, Long> editionOfEveryArticle() {
        return db.select(ARTICLE.ID, ARTICLE.EDITION_ID).from(ARTICLE).fetchMap(ARTICLE.ID, ARTICLE.EDITION_ID);
    }

    Optional<Long> editionOfArticle(long articleId) {
        return db.select(ARTICLE.EDITION_ID).from(ARTICLE).where(ARTICLE.ID.eq(articleId)).fetchOptional(ARTICLE.EDITION_ID);
    }

    Optional<ArticleRow> article(long id) {
        return articles(ARTICLE.ID.eq(id)).stream().findFirst();
    }

    boolean isCohortMember(long cohortId, long residentId) {
        return db.fetchExists(COHORT_MEMBER, COHORT_MEMBER.COHORT_ID.eq(cohortId),
                COHORT_MEMBER.RESIDENT_ID.eq(residentId));
    }

    boolean everyEditionConfirmed(long cohortId) {
        return !db.fetchExists(EDITION, EDITION.COHORT_ID.eq(cohortId), EDITION.DELIVERY_CONFIRMED_AT.isNull());
    }
}
