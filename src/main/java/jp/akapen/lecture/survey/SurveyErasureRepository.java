package jp.akapen.lecture.survey;

import static jp.akapen.db.Tables.LECTURE_SESSION;
import static jp.akapen.db.Tables.SURVEY;
import static jp.akapen.db.Tables.SURVEY_COMPLETION;
import static jp.akapen.db.Tables.SURVEY_NOTICE;
import static jp.akapen.db.Tables.SURVEY_RESPONSE;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/** What a cohort's erasure changes in the survey tables (issue 14, D1): who answered, and named answers' owners. */
@Repository
class SurveyErasureRepository {

    private final DSLContext db;

    SurveyErasureRepository(DSLContext db) {
        this.db = db;
    }

    private org.jooq.Select<org.jooq.Record1<Long>> surveysOf(long cohortId) {
        return db.select(SURVEY.ID).from(SURVEY).join(LECTURE_SESSION).on(LECTURE_SESSION.ID.eq(SURVEY.SESSION_ID))
                .where(LECTURE_SESSION.COHORT_ID.eq(cohortId));
    }

    long remaining(long cohortId) {
        List<Long> surveys = surveysOf(cohortId).fetch(SURVEY.ID);
        return db.fetchCount(SURVEY_RESPONSE, SURVEY_RESPONSE.SURVEY_ID.in(surveys)
                        .and(SURVEY_RESPONSE.RESIDENT_ID.isNotNull()))
                + db.fetchCount(SURVEY_COMPLETION, SURVEY_COMPLETION.SURVEY_ID.in(surveys))
                + db.fetchCount(SURVEY_NOTICE, SURVEY_NOTICE.SURVEY_ID.in(surveys));
    }

    /** Named responses made anonymous, then who-answered and who-was-told rows deleted, at most {@code limit}. */
    List<String> erase(long cohortId, int limit) {
        List<String> erased = new ArrayList<>();
        // the surveys as a list and in no order: with a subquery, or sorted by the random ids, the batch read every
        // response of the cohort's surveys, named or not, each time (the manifest sorts the records itself)
        List<Long> surveys = surveysOf(cohortId).fetch(SURVEY.ID);
        var responses = db.select(SURVEY_RESPONSE.ID).from(SURVEY_RESPONSE)
                .where(SURVEY_RESPONSE.SURVEY_ID.in(surveys)).and(SURVEY_RESPONSE.RESIDENT_ID.isNotNull())
                .limit(limit).forUpdate().fetch(SURVEY_RESPONSE.ID);
        if (!responses.isEmpty()) {
            db.update(SURVEY_RESPONSE).setNull(SURVEY_RESPONSE.RESIDENT_ID).where(SURVEY_RESPONSE.ID.in(responses))
                    .execute();
            responses.forEach(id -> erased.add("response:" + HexFormat.of().formatHex(id)));
        }
        erasePairs(cohortId, limit, erased, "completion:", SURVEY_COMPLETION.SURVEY_ID, SURVEY_COMPLETION.RESIDENT_ID,
                SURVEY_COMPLETION);
        if (erased.size() < limit) {
            var notices = db.select(SURVEY_NOTICE.SURVEY_ID, SURVEY_NOTICE.RESIDENT_ID, SURVEY_NOTICE.KIND)
                    .from(SURVEY_NOTICE).where(SURVEY_NOTICE.SURVEY_ID.in(surveysOf(cohortId)))
                    .orderBy(SURVEY_NOTICE.SURVEY_ID, SURVEY_NOTICE.RESIDENT_ID, SURVEY_NOTICE.KIND)
                    .limit(limit - erased.size()).forUpdate().fetch();
            // one statement per survey and kind, on the key's prefix: a list of (survey, resident, kind) rows is not
            // read by the index (a batch of 500 took seconds)
            notices.stream().collect(Collectors.groupingBy(n -> n.value1(), Collectors.groupingBy(n -> n.value3(),
                    Collectors.mapping(n -> n.value2(), Collectors.toList())))).forEach((survey, byKind) ->
                    byKind.forEach((kind, residents) -> db.deleteFrom(SURVEY_NOTICE)
                            .where(SURVEY_NOTICE.SURVEY_ID.eq(survey)).and(SURVEY_NOTICE.KIND.eq(kind))
                            .and(SURVEY_NOTICE.RESIDENT_ID.in(residents)).execute()));
            for (var notice : notices) {
                erased.add("notice:" + notice.value1() + "-" + notice.value2() + "-" + notice.value3().getLiteral());
            }
        }
        return erased;
    }

    private void erasePairs(long cohortId, int limit, List<String> erased, String prefix, Field<Long> survey,
            Field<Long> resident, org.jooq.Table<?> table) {
        if (erased.size() >= limit) {
            return;
        }
        var pairs = db.select(survey, resident).from(table).where(survey.in(surveysOf(cohortId)))
                .orderBy(survey, resident).limit(limit - erased.size()).forUpdate().fetch();
        pairs.stream().collect(Collectors.groupingBy(p -> p.value1(), Collectors.mapping(p -> p.value2(),
                Collectors.toList()))).forEach((id, residents) ->
                db.deleteFrom(table).where(survey.eq(id)).and(resident.in(residents)).execute());
        for (var pair : pairs) {
            erased.add(prefix + pair.value1() + "-" + pair.value2());
        }
    }
}
