package jp.akapen.lecture;

import static jp.akapen.db.Tables.LECTURE_CHECKIN_FAILURE;
import static jp.akapen.db.Tables.LECTURE_INVITATION;
import static jp.akapen.db.Tables.LECTURE_MATERIAL;
import static jp.akapen.db.Tables.LECTURE_SESSION;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Result;
import org.springframework.stereotype.Repository;

/** What a cohort's erasure changes in the lecture tables (issue 14, D1): RSVP notes, check-in failures, material links. */
@Repository
class LectureErasureRepository {

    private final DSLContext db;

    LectureErasureRepository(DSLContext db) {
        this.db = db;
    }

    private Condition noteOfCohort(long cohortId) {
        return LECTURE_INVITATION.NOTE.isNotNull().and(LECTURE_INVITATION.SESSION_ID.in(
                db.select(LECTURE_SESSION.ID).from(LECTURE_SESSION).where(LECTURE_SESSION.COHORT_ID.eq(cohortId))));
    }

    private Condition materialOfCohort(long cohortId) {
        return LECTURE_MATERIAL.SESSION_ID.in(
                db.select(LECTURE_SESSION.ID).from(LECTURE_SESSION).where(LECTURE_SESSION.COHORT_ID.eq(cohortId)));
    }

    long remaining(long cohortId, List<Long> residentIds) {
        return db.fetchCount(LECTURE_INVITATION, noteOfCohort(cohortId))
                + db.fetchCount(LECTURE_MATERIAL, materialOfCohort(cohortId))
                + (residentIds.isEmpty() ? 0
                        : db.fetchCount(LECTURE_CHECKIN_FAILURE, LECTURE_CHECKIN_FAILURE.RESIDENT_ID.in(residentIds)));
    }

    /** Clears RSVP notes, then deletes material links and check-in failures, at most {@code limit} records in all. */
    List<String> erase(long cohortId, List<Long> residentIds, int limit) {
        List<String> erased = new ArrayList<>();
        var notes = db.select(LECTURE_INVITATION.SESSION_ID, LECTURE_INVITATION.RESIDENT_ID).from(LECTURE_INVITATION)
                .where(noteOfCohort(cohortId)).orderBy(LECTURE_INVITATION.SESSION_ID, LECTURE_INVITATION.RESIDENT_ID)
                .limit(limit).forUpdate().fetch();
        // one statement per session, on the key's prefix: a list of (session, resident) rows is not read by the index
        secondByFirst(notes).forEach((session, residents) -> db.update(LECTURE_INVITATION)
                        .setNull(LECTURE_INVITATION.NOTE).where(LECTURE_INVITATION.SESSION_ID.eq(session))
                        .and(LECTURE_INVITATION.RESIDENT_ID.in(residents)).execute());
        for (var note : notes) {
            erased.add("rsvp_note:" + note.value1() + "-" + note.value2());
        }
        if (erased.size() < limit) {
            var materials = db.select(LECTURE_MATERIAL.SESSION_ID, LECTURE_MATERIAL.FILE_ID).from(LECTURE_MATERIAL)
                    .where(materialOfCohort(cohortId)).orderBy(LECTURE_MATERIAL.SESSION_ID, LECTURE_MATERIAL.FILE_ID)
                    .limit(limit - erased.size()).forUpdate().fetch();
            secondByFirst(materials).forEach((session, files) -> db.deleteFrom(LECTURE_MATERIAL)
                            .where(LECTURE_MATERIAL.SESSION_ID.eq(session)).and(LECTURE_MATERIAL.FILE_ID.in(files))
                            .execute());
            for (var material : materials) {
                erased.add("material:" + material.value1() + "-" + material.value2());
            }
        }
        if (erased.size() < limit && !residentIds.isEmpty()) {
            var failures = db.select(LECTURE_CHECKIN_FAILURE.ID).from(LECTURE_CHECKIN_FAILURE)
                    .where(LECTURE_CHECKIN_FAILURE.RESIDENT_ID.in(residentIds)).orderBy(LECTURE_CHECKIN_FAILURE.ID)
                    .limit(limit - erased.size()).forUpdate().fetch(LECTURE_CHECKIN_FAILURE.ID);
            if (!failures.isEmpty()) {
                db.deleteFrom(LECTURE_CHECKIN_FAILURE).where(LECTURE_CHECKIN_FAILURE.ID.in(failures)).execute();
                failures.forEach(id -> erased.add("checkin_failure:" + id));
            }
        }
        return erased;
    }

    /** The rows' second column by their first (a session), for one statement per session. */
    private static <A, B> Map<A, List<B>> secondByFirst(Result<Record2<A, B>> rows) {
        return rows.stream().collect(Collectors.groupingBy(Record2::value1, LinkedHashMap::new,
                Collectors.mapping(Record2::value2, Collectors.toList())));
    }
}
