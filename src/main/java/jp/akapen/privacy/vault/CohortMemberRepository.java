package jp.akapen.privacy.vault;

import static jp.akapen.db.Tables.PRIVACY_COHORT_MEMBER;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The cohorts residents were recruited into, as the privacy area learnt them from {@code CohortFormed}: the vault's
 * own copy, so that choosing a resident's data key never asks the edition area.
 */
@Repository
class CohortMemberRepository {

    private final DSLContext db;

    CohortMemberRepository(DSLContext db) {
        this.db = db;
    }

    void add(long cohortId, int fiscalYear, Collection<Long> residentIds) {
        for (long residentId : residentIds) {
            db.insertInto(PRIVACY_COHORT_MEMBER)
                    .set(PRIVACY_COHORT_MEMBER.COHORT_ID, cohortId)
                    .set(PRIVACY_COHORT_MEMBER.RESIDENT_ID, residentId)
                    .set(PRIVACY_COHORT_MEMBER.FISCAL_YEAR, fiscalYear)
                    .execute();
        }
    }

    /** The cohort of the latest fiscal year the resident was recruited in, if any. */
    Optional<Long> latestCohortOf(long residentId) {
        return db.select(PRIVACY_COHORT_MEMBER.COHORT_ID).from(PRIVACY_COHORT_MEMBER)
                .where(PRIVACY_COHORT_MEMBER.RESIDENT_ID.eq(residentId))
                .orderBy(PRIVACY_COHORT_MEMBER.FISCAL_YEAR.desc()).limit(1)
                .fetchOptional(PRIVACY_COHORT_MEMBER.COHORT_ID);
    }

    /** Every cohort the vault learnt of, newest fiscal year first, with how many residents it recruited. */
    List<CohortExport.KnownCohort> cohorts() {
        var count = org.jooq.impl.DSL.count();
        return db.select(PRIVACY_COHORT_MEMBER.COHORT_ID, PRIVACY_COHORT_MEMBER.FISCAL_YEAR, count)
                .from(PRIVACY_COHORT_MEMBER)
                .groupBy(PRIVACY_COHORT_MEMBER.COHORT_ID, PRIVACY_COHORT_MEMBER.FISCAL_YEAR)
                .orderBy(PRIVACY_COHORT_MEMBER.FISCAL_YEAR.desc(), PRIVACY_COHORT_MEMBER.COHORT_ID.desc())
                .fetch(r -> new CohortExport.KnownCohort(r.value1(), r.value2(), r.value3()));
    }

    List<Long> membersOf(long cohortId) {
        return db.select(PRIVACY_COHORT_MEMBER.RESIDENT_ID).from(PRIVACY_COHORT_MEMBER)
                .where(PRIVACY_COHORT_MEMBER.COHORT_ID.eq(cohortId))
                .fetch(PRIVACY_COHORT_MEMBER.RESIDENT_ID);
    }
}
