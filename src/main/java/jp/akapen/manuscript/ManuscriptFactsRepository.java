package jp.akapen.manuscript;

import static jp.akapen.db.Tables.CORRECTION_ROUND;
import static jp.akapen.db.Tables.MANUSCRIPT;
import static jp.akapen.db.Tables.MANUSCRIPT_EVENT;
import static jp.akapen.db.Tables.MANUSCRIPT_VERSION;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import jp.akapen.db.enums.CorrectionRoundStatus;
import jp.akapen.db.enums.ManuscriptEventKind;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Set-based reads for the dashboard: one query per question, however many articles. */
@Repository
class ManuscriptFactsRepository {

    /** Events after which a manuscript is in a new state (the others are edits within one). */
    private static final List<ManuscriptEventKind> STATE_CHANGES = List.of(ManuscriptEventKind.CREATED,
            ManuscriptEventKind.VERSION_SAVED, ManuscriptEventKind.ROUND_OPENED, ManuscriptEventKind.ROUND_RETURNED,
            ManuscriptEventKind.REVIEW_FINISHED, ManuscriptEventKind.ANOTHER_ROUND_REQUESTED,
            ManuscriptEventKind.MARKED_FINAL);

    private final DSLContext db;

    ManuscriptFactsRepository(DSLContext db) {
        this.db = db;
    }

    List<ArticleManuscript> forArticles(Collection<Long> articleIds) {
        var latest = select(CORRECTION_ROUND.MANUSCRIPT_ID, CORRECTION_ROUND.NUMBER, CORRECTION_ROUND.STATUS,
                CORRECTION_ROUND.DUE_ON,
                rowNumber().over().partitionBy(CORRECTION_ROUND.MANUSCRIPT_ID).orderBy(CORRECTION_ROUND.NUMBER.desc())
                        .as("rn"))
                .from(CORRECTION_ROUND)
                .join(MANUSCRIPT).on(MANUSCRIPT.ID.eq(CORRECTION_ROUND.MANUSCRIPT_ID))
                .where(MANUSCRIPT.ARTICLE_ID.in(articleIds))
                .asTable("latest");
        var events = select(MANUSCRIPT_EVENT.MANUSCRIPT_ID,
                max(when(MANUSCRIPT_EVENT.KIND.in(STATE_CHANGES), MANUSCRIPT_EVENT.OCCURRED_AT)).as("since"),
                max(MANUSCRIPT_EVENT.OCCURRED_AT).as("last"))
                .from(MANUSCRIPT_EVENT)
                .join(MANUSCRIPT).on(MANUSCRIPT.ID.eq(MANUSCRIPT_EVENT.MANUSCRIPT_ID))
                .where(MANUSCRIPT.ARTICLE_ID.in(articleIds))
                .groupBy(MANUSCRIPT_EVENT.MANUSCRIPT_ID)
                .asTable("events");
        var versions = select(MANUSCRIPT_VERSION.MANUSCRIPT_ID, count().as("versions"))
                .from(MANUSCRIPT_VERSION)
                .join(MANUSCRIPT).on(MANUSCRIPT.ID.eq(MANUSCRIPT_VERSION.MANUSCRIPT_ID))
                .where(MANUSCRIPT.ARTICLE_ID.in(articleIds))
                .groupBy(MANUSCRIPT_VERSION.MANUSCRIPT_ID)
                .asTable("versions");
        var roundNumber = latest.field(CORRECTION_ROUND.NUMBER);
        var roundStatus = latest.field(CORRECTION_ROUND.STATUS);
        var roundDue = latest.field(CORRECTION_ROUND.DUE_ON);
        var since = events.field(name("since"), MANUSCRIPT_EVENT.OCCURRED_AT.getDataType());
        var last = events.field(name("last"), MANUSCRIPT_EVENT.OCCURRED_AT.getDataType());
        var versionCount = versions.field(name("versions"), Integer.class);
        Condition latestOnly = latest.field(name("rn"), Integer.class).eq(1);
        return db.select(MANUSCRIPT.ARTICLE_ID, MANUSCRIPT.ID, MANUSCRIPT.RESIDENT_ID, MANUSCRIPT.STATUS,
                        MANUSCRIPT.ANOTHER_ROUND_REQUESTED, versionCount, roundNumber, roundStatus, roundDue, since, last)
                .from(MANUSCRIPT)
                .leftJoin(latest).on(latest.field(CORRECTION_ROUND.MANUSCRIPT_ID).eq(MANUSCRIPT.ID), latestOnly)
                .leftJoin(events).on(events.field(MANUSCRIPT_EVENT.MANUSCRIPT_ID).eq(MANUSCRIPT.ID))
                .leftJoin(versions).on(versions.field(MANUSCRIPT_VERSION.MANUSCRIPT_ID).eq(MANUSCRIPT.ID))
                .where(MANUSCRIPT.ARTICLE_ID.in(articleIds))
                .orderBy(MANUSCRIPT.ARTICLE_ID, MANUSCRIPT.ID)
                .fetch(r -> new ArticleManuscript(r.value1(), r.value2(), r.value3(),
                        ManuscriptStatus.valueOf(r.value4().getLiteral()), r.value5(),
                        r.value6() == null ? 0 : r.value6(), r.value7() == null ? 0 : r.value7(),
                        r.value8() == null ? null : RoundStatus.valueOf(r.value8().getLiteral()), r.value9(),
                        r.value10(), r.value11()));
    }

    List<RoundTiming> finishedRounds(Collection<Long> articleIds) {
        return finishedRounds(MANUSCRIPT.ARTICLE_ID.in(articleIds));
    }

    List<RoundTiming> finishedRoundsOfEveryArticle() {
        return finishedRounds(MANUSCRIPT.ARTICLE_ID.isNotNull());
    }

    private List<RoundTiming> finishedRounds(Condition articles) {
        return db.select(MANUSCRIPT.ARTICLE_ID, CORRECTION_ROUND.NUMBER,
                        DSL.coalesce(CORRECTION_ROUND.RETURNED_BY, CORRECTION_ROUND.OPENED_BY),
                        epochMicros(CORRECTION_ROUND.SUBMITTED_AT), epochMicros(CORRECTION_ROUND.RETURNED_AT),
                        epochMicros(CORRECTION_ROUND.REVIEWED_AT))
                .from(CORRECTION_ROUND)
                .join(MANUSCRIPT).on(MANUSCRIPT.ID.eq(CORRECTION_ROUND.MANUSCRIPT_ID))
                .where(articles, CORRECTION_ROUND.STATUS.eq(CorrectionRoundStatus.REVIEWED))
                .orderBy(MANUSCRIPT.ARTICLE_ID, CORRECTION_ROUND.NUMBER)
                .fetch(r -> new RoundTiming(r.value1(), r.value2(), r.value3(), instant(r.value4()), instant(r.value5()),
                        instant(r.value6())));
    }

    /**
     * A DATETIME column (UTC) as microseconds since 1970, no time zone involved. The turnaround summary
     * reads three per finished round, 300,000 with ten years of rounds; as DATETIMEs each went through a
     * new Calendar in the driver and a Timestamp in jOOQ, which cost more than the query itself (W6).
     */
    private static Field<Long> epochMicros(Field<Instant> utc) {
        return DSL.field("timestampdiff(microsecond, '1970-01-01', {0})", Long.class, utc);
    }

    private static Instant instant(Long epochMicros) {
        return epochMicros == null ? null : Instant.EPOCH.plus(epochMicros, ChronoUnit.MICROS);
    }
}
