package jp.akapen.manuscript;

import static jp.akapen.db.Tables.CORRECTION_CHANGE;
import static jp.akapen.db.Tables.CORRECTION_MESSAGE;
import static jp.akapen.db.Tables.CORRECTION_ROUND;
import static jp.akapen.db.Tables.MANUSCRIPT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The correction exchanges of an article as the ward reads them in its thread (E2): returns, notes, replies. */
@Repository
class CorrespondenceRepository {

    enum Kind {
        RETURNED,
        NOTE,
        REPLY
    }

    /** One exchange; {@code reason} the change's reason constant for notes, else null. */
    record Row(Instant at, Kind kind, Long authorId, int round, String reason, String text) {
    }

    /** Per article: returned rounds plus replies, and the latest of them. */
    record Count(long articleId, int messages, Instant lastAt) {
    }

    private final DSLContext db;

    CorrespondenceRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Long> articleOf(long manuscriptId) {
        return db.select(MANUSCRIPT.ARTICLE_ID).from(MANUSCRIPT).where(MANUSCRIPT.ID.eq(manuscriptId))
                .fetchOptional(MANUSCRIPT.ARTICLE_ID);
    }

    /** Returned rounds, the editor's notes on their changes (shown to the resident on return) and every reply. */
    List<Row> ofArticle(long articleId) {
        var rows = new ArrayList<Row>();
        db.select(CORRECTION_ROUND.RETURNED_AT, CORRECTION_ROUND.RETURNED_BY, CORRECTION_ROUND.NUMBER)
                .from(CORRECTION_ROUND).join(MANUSCRIPT).on(MANUSCRIPT.ID.eq(CORRECTION_ROUND.MANUSCRIPT_ID))
                .where(MANUSCRIPT.ARTICLE_ID.eq(articleId), CORRECTION_ROUND.RETURNED_AT.isNotNull())
                .forEach(r -> rows.add(new Row(r.value1(), Kind.RETURNED, r.value2(), r.value3(), null, null)));
        db.select(CORRECTION_ROUND.RETURNED_AT, CORRECTION_ROUND.RETURNED_BY, CORRECTION_ROUND.NUMBER,
                        CORRECTION_CHANGE.REASON, CORRECTION_CHANGE.COMMENT)
                .from(CORRECTION_CHANGE).join(CORRECTION_ROUND).on(CORRECTION_ROUND.ID.eq(CORRECTION_CHANGE.ROUND_ID))
                .join(MANUSCRIPT).on(MANUSCRIPT.ID.eq(CORRECTION_ROUND.MANUSCRIPT_ID))
                .where(MANUSCRIPT.ARTICLE_ID.eq(articleId), CORRECTION_ROUND.RETURNED_AT.isNotNull(),
                        CORRECTION_CHANGE.COMMENT.isNotNull().and(CORRECTION_CHANGE.COMMENT.ne("")))
                .orderBy(CORRECTION_CHANGE.SEQ)
                .forEach(r -> rows.add(new Row(r.value1(), Kind.NOTE, r.value2(), r.value3(),
                        r.value4() == null ? null : r.value4().name(), r.value5())));
        db.select(CORRECTION_MESSAGE.CREATED_AT, CORRECTION_MESSAGE.AUTHOR_ID, CORRECTION_ROUND.NUMBER,
                        CORRECTION_MESSAGE.BODY)
                .from(CORRECTION_MESSAGE).join(CORRECTION_CHANGE).on(CORRECTION_CHANGE.ID.eq(CORRECTION_MESSAGE.CHANGE_ID))
                .join(CORRECTION_ROUND).on(CORRECTION_ROUND.ID.eq(CORRECTION_CHANGE.ROUND_ID))
                .join(MANUSCRIPT).on(MANUSCRIPT.ID.eq(CORRECTION_ROUND.MANUSCRIPT_ID))
                .where(MANUSCRIPT.ARTICLE_ID.eq(articleId))
                .orderBy(CORRECTION_MESSAGE.CREATED_AT, CORRECTION_MESSAGE.ID)
                .forEach(r -> rows.add(new Row(r.value1(), Kind.REPLY, r.value2(), r.value3(), null, r.value4())));
        return rows;
    }

    List<Count> counts() {
        var returned = db.select(MANUSCRIPT.ARTICLE_ID, DSL.count(), DSL.max(CORRECTION_ROUND.RETURNED_AT))
                .from(CORRECTION_ROUND).join(MANUSCRIPT).on(MANUSCRIPT.ID.eq(CORRECTION_ROUND.MANUSCRIPT_ID))
                .where(MANUSCRIPT.ARTICLE_ID.isNotNull(), CORRECTION_ROUND.RETURNED_AT.isNotNull())
                .groupBy(MANUSCRIPT.ARTICLE_ID)
                .fetch(r -> new Count(r.value1(), r.value2(), r.value3()));
        var replies = db.select(MANUSCRIPT.ARTICLE_ID, DSL.count(), DSL.max(CORRECTION_MESSAGE.CREATED_AT))
                .from(CORRECTION_MESSAGE).join(CORRECTION_CHANGE).on(CORRECTION_CHANGE.ID.eq(CORRECTION_MESSAGE.CHANGE_ID))
                .join(CORRECTION_ROUND).on(CORRECTION_ROUND.ID.eq(CORRECTION_CHANGE.ROUND_ID))
                .join(MANUSCRIPT).on(MANUSCRIPT.ID.eq(CORRECTION_ROUND.MANUSCRIPT_ID))
                .where(MANUSCRIPT.ARTICLE_ID.isNotNull())
                .groupBy(MANUSCRIPT.ARTICLE_ID)
                .fetch(r -> new Count(r.value1(), r.value2(), r.value3()));
        var all = new ArrayList<>(returned);
        all.addAll(replies);
        return all;
    }
}
