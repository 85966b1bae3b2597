package jp.akapen.mail;

import static jp.akapen.db.Tables.MAIL_ATTEMPT;
import static jp.akapen.db.Tables.MAIL_MESSAGE;
import static jp.akapen.db.Tables.MAIL_RECIPIENT;

import java.util.List;
import jp.akapen.db.enums.MailMessageState;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** What a cohort's erasure changes in the outbox (issue 14, D1): the messages to its residents purged. */
@Repository
class MailErasureRepository {

    private final DSLContext db;

    MailErasureRepository(DSLContext db) {
        this.db = db;
    }

    long remaining(List<Long> residentIds) {
        if (residentIds.isEmpty()) {
            return 0;
        }
        return db.fetchCount(db.selectDistinct(MAIL_RECIPIENT.MAIL_ID).from(MAIL_RECIPIENT)
                .where(MAIL_RECIPIENT.ACCOUNT_ID.in(residentIds)));
    }

    /**
     * Purges up to {@code limit} messages with a recipient among the residents: subject, body, link, errors and the
     * attempts' details cleared, the residents' recipient rows deleted; a message not yet sent will never be.
     */
    List<Long> purge(List<Long> residentIds, int limit) {
        if (residentIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = db.selectDistinct(MAIL_RECIPIENT.MAIL_ID).from(MAIL_RECIPIENT)
                .where(MAIL_RECIPIENT.ACCOUNT_ID.in(residentIds)).orderBy(MAIL_RECIPIENT.MAIL_ID).limit(limit)
                .fetch(MAIL_RECIPIENT.MAIL_ID);
        if (ids.isEmpty()) {
            return ids;
        }
        db.select(MAIL_MESSAGE.ID).from(MAIL_MESSAGE).where(MAIL_MESSAGE.ID.in(ids)).forUpdate().fetch();
        db.update(MAIL_MESSAGE)
                .setNull(MAIL_MESSAGE.SUBJECT)
                .setNull(MAIL_MESSAGE.BODY)
                .setNull(MAIL_MESSAGE.LINK)
                .setNull(MAIL_MESSAGE.LAST_ERROR)
                .setNull(MAIL_MESSAGE.NEXT_ATTEMPT_AT)
                .setNull(MAIL_MESSAGE.LEASE_OWNER)
                .setNull(MAIL_MESSAGE.LEASE_UNTIL)
                .set(MAIL_MESSAGE.STATE, DSL.when(MAIL_MESSAGE.STATE.eq(MailMessageState.SENT), MailMessageState.SENT)
                        .otherwise(MailMessageState.FAILED))
                .where(MAIL_MESSAGE.ID.in(ids)).execute();
        db.update(MAIL_ATTEMPT).setNull(MAIL_ATTEMPT.DETAIL).where(MAIL_ATTEMPT.MAIL_ID.in(ids)).execute();
        db.deleteFrom(MAIL_RECIPIENT).where(MAIL_RECIPIENT.MAIL_ID.in(ids))
                .and(MAIL_RECIPIENT.ACCOUNT_ID.in(residentIds)).execute();
        return ids;
    }
}
