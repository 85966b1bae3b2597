package jp.akapen.mail.files;

import static jp.akapen.db.Tables.PORTAL_FILE_LINK;
import static jp.akapen.db.Tables.PORTAL_FILE_READER;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** What a cohort's erasure changes in the portal's files (issue 14, D1): download links and residents' reading rights. */
@Repository
class FileErasureRepository {

    private final DSLContext db;

    FileErasureRepository(DSLContext db) {
        this.db = db;
    }

    private Condition linkToResidentsFile(List<Long> residentIds) {
        return PORTAL_FILE_LINK.FILE_ID.in(db.select(PORTAL_FILE_READER.FILE_ID).from(PORTAL_FILE_READER)
                .where(PORTAL_FILE_READER.ACCOUNT_ID.in(residentIds)));
    }

    long remaining(List<Long> residentIds) {
        if (residentIds.isEmpty()) {
            return 0;
        }
        return db.fetchCount(PORTAL_FILE_LINK, linkToResidentsFile(residentIds))
                + db.fetchCount(PORTAL_FILE_READER, PORTAL_FILE_READER.ACCOUNT_ID.in(residentIds));
    }

    /** Deletes the links of files shared with the residents, then the residents' reader rows, at most {@code limit}. */
    List<String> erase(List<Long> residentIds, int limit) {
        List<String> erased = new ArrayList<>();
        if (residentIds.isEmpty()) {
            return erased;
        }
        var links = db.select(PORTAL_FILE_LINK.ID).from(PORTAL_FILE_LINK).where(linkToResidentsFile(residentIds))
                .orderBy(PORTAL_FILE_LINK.ID).limit(limit).forUpdate().fetch(PORTAL_FILE_LINK.ID);
        if (!links.isEmpty()) {
            db.deleteFrom(PORTAL_FILE_LINK).where(PORTAL_FILE_LINK.ID.in(links)).execute();
            links.forEach(id -> erased.add("link:" + id));
        }
        if (erased.size() < limit) {
            var readers = db.select(PORTAL_FILE_READER.ID).from(PORTAL_FILE_READER)
                    .where(PORTAL_FILE_READER.ACCOUNT_ID.in(residentIds)).orderBy(PORTAL_FILE_READER.ID)
                    .limit(limit - erased.size()).forUpdate().fetch(PORTAL_FILE_READER.ID);
            if (!readers.isEmpty()) {
                db.deleteFrom(PORTAL_FILE_READER).where(PORTAL_FILE_READER.ID.in(readers)).execute();
                readers.forEach(id -> erased.add("reader:" + id));
            }
        }
        return erased;
    }
}
