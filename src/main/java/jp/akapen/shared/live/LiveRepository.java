package jp.akapen.shared.live;

import static jp.akapen.db.Tables.LIVE_EVENT;
import static jp.akapen.db.Tables.LIVE_PRESENCE;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Live events and presence, timed by the database's clock (the one clock every instance shares). */
@Repository
class LiveRepository {

    private final DSLContext db;

    LiveRepository(DSLContext db) {
        this.db = db;
    }

    record Stored(long id, LiveEvent event) {
    }

    void insertEvent(String instance, LiveEvent event) {
        db.insertInto(LIVE_EVENT)
                .set(LIVE_EVENT.INSTANCE, instance)
                .set(LIVE_EVENT.TOPIC, event.topic())
                .set(LIVE_EVENT.KIND, event.kind())
                .set(LIVE_EVENT.ACTOR_ID, event.actorId())
                .execute();
    }

    /** Events other instances wrote in the last {@code seconds}, oldest first. */
    List<Stored> recentFromOthers(String instance, int seconds) {
        return db.select(LIVE_EVENT.ID, LIVE_EVENT.TOPIC, LIVE_EVENT.KIND, LIVE_EVENT.ACTOR_ID)
                .from(LIVE_EVENT)
                .where(within(LIVE_EVENT.CREATED_AT, seconds), LIVE_EVENT.INSTANCE.ne(instance))
                .orderBy(LIVE_EVENT.ID)
                .fetch(r -> new Stored(r.value1(), new LiveEvent(r.value2(), r.value3(), r.value4())));
    }

    int deleteEventsOlderThan(int seconds) {
        return db.deleteFrom(LIVE_EVENT).where(within(LIVE_EVENT.CREATED_AT, seconds).not()).execute();
    }

    long insertPresence(String instance, String topic, long accountId, String role, String activity, Integer detail) {
        return db.insertInto(LIVE_PRESENCE)
                .set(LIVE_PRESENCE.INSTANCE, instance)
                .set(LIVE_PRESENCE.TOPIC, topic)
                .set(LIVE_PRESENCE.ACCOUNT_ID, accountId)
                .set(LIVE_PRESENCE.ROLE, role)
                .set(LIVE_PRESENCE.ACTIVITY, activity)
                .set(LIVE_PRESENCE.DETAIL, detail)
                .returning(LIVE_PRESENCE.ID)
                .fetchOne(LIVE_PRESENCE.ID);
    }

    boolean deletePresence(long entryId) {
        return db.deleteFrom(LIVE_PRESENCE).where(LIVE_PRESENCE.ID.eq(entryId)).execute() > 0;
    }

    /** Entries seen in the last {@code seconds}, in the order they were opened. */
    List<Presence> present(String topic, int seconds, long mine) {
        return db.select(LIVE_PRESENCE.ID, LIVE_PRESENCE.ACCOUNT_ID, LIVE_PRESENCE.ROLE, LIVE_PRESENCE.ACTIVITY,
                        LIVE_PRESENCE.DETAIL)
                .from(LIVE_PRESENCE)
                .where(LIVE_PRESENCE.TOPIC.eq(topic), within(LIVE_PRESENCE.SEEN_AT, seconds))
                .orderBy(LIVE_PRESENCE.ID)
                .fetch(r -> new Presence(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value1() == mine));
    }

    void touch(String instance) {
        db.update(LIVE_PRESENCE).set(LIVE_PRESENCE.SEEN_AT, DSL.field("NOW(6)", LIVE_PRESENCE.SEEN_AT.getType()))
                .where(LIVE_PRESENCE.INSTANCE.eq(instance)).execute();
    }

    /** Deletes the entries not seen for {@code seconds} (their instance stopped); @return the topics they were on. */
    List<String> deleteStale(int seconds) {
        var stale = db.select(LIVE_PRESENCE.ID, LIVE_PRESENCE.TOPIC).from(LIVE_PRESENCE)
                .where(within(LIVE_PRESENCE.SEEN_AT, seconds).not()).fetch();
        if (stale.isEmpty()) {
            return List.of();
        }
        db.deleteFrom(LIVE_PRESENCE).where(LIVE_PRESENCE.ID.in(stale.getValues(LIVE_PRESENCE.ID))).execute();
        return stale.getValues(LIVE_PRESENCE.TOPIC).stream().distinct().toList();
    }

    /** @return the topics the instance's entries were on */
    List<String> deleteAllOf(String instance) {
        var topics = db.selectDistinct(LIVE_PRESENCE.TOPIC).from(LIVE_PRESENCE)
                .where(LIVE_PRESENCE.INSTANCE.eq(instance)).fetch(LIVE_PRESENCE.TOPIC);
        db.deleteFrom(LIVE_PRESENCE).where(LIVE_PRESENCE.INSTANCE.eq(instance)).execute();
        return topics;
    }

    private static Condition within(Field<?> at, int seconds) {
        return DSL.condition("{0} >= NOW(6) - INTERVAL {1} SECOND", at, DSL.inline(seconds));
    }
}
