package jp.akapen.shared.notification;

import static jp.akapen.db.Tables.NOTICE;
import static jp.akapen.db.Tables.NOTICE_READ;

import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

@Repository
class NotificationRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final DSLContext db;
    private final ObjectMapper json;

    NotificationRepository(DSLContext db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    long insert(Long accountId, String role, String messageKey, List<String> args, String link, Instant at) {
        return db.insertInto(NOTICE)
                .set(NOTICE.RECIPIENT_ACCOUNT_ID, accountId)
                .set(NOTICE.RECIPIENT_ROLE, role)
                .set(NOTICE.MESSAGE_KEY, messageKey)
                .set(NOTICE.MESSAGE_ARGS, JSON.valueOf(json.writeValueAsString(args)))
                .set(NOTICE.LINK, link)
                .set(NOTICE.CREATED_AT, at)
                .returning(NOTICE.ID)
                .fetchOne(NOTICE.ID);
    }

    List<Notice> inbox(long accountId, String role, int limit) {
        var read = NOTICE_READ.as("r");
        return db.select(NOTICE.ID, NOTICE.MESSAGE_KEY, NOTICE.MESSAGE_ARGS, NOTICE.LINK, NOTICE.CREATED_AT,
                        DSL.field(read.NOTICE_ID.isNotNull()).as("is_read"))
                .from(NOTICE)
                .leftJoin(read).on(read.NOTICE_ID.eq(NOTICE.ID).and(read.ACCOUNT_ID.eq(accountId)))
                .where(addressedTo(accountId, role))
                .orderBy(NOTICE.CREATED_AT.desc(), NOTICE.ID.desc())
                .limit(limit)
                .fetch(r -> new Notice(r.value1(), r.value2(), json.readValue(r.value3().data(), STRINGS),
                        r.value4(), r.value5(), r.value6()));
    }

    int unreadCount(long accountId, String role) {
        return db.fetchCount(NOTICE, addressedTo(accountId, role).andNotExists(
                db.selectOne().from(NOTICE_READ)
                        .where(NOTICE_READ.NOTICE_ID.eq(NOTICE.ID), NOTICE_READ.ACCOUNT_ID.eq(accountId))));
    }

    void markRead(long accountId, String role, List<Long> noticeIds, Instant at) {
        if (noticeIds.isEmpty()) {
            return;
        }
        db.insertInto(NOTICE_READ, NOTICE_READ.NOTICE_ID, NOTICE_READ.ACCOUNT_ID, NOTICE_READ.READ_AT)
                .select(db.select(NOTICE.ID, DSL.val(accountId), DSL.val(at, NOTICE_READ.READ_AT))
                        .from(NOTICE)
                        .where(NOTICE.ID.in(noticeIds), addressedTo(accountId, role))
                        .andNotExists(db.selectOne().from(NOTICE_READ)
                                .where(NOTICE_READ.NOTICE_ID.eq(NOTICE.ID), NOTICE_READ.ACCOUNT_ID.eq(accountId))))
                .execute();
    }

    List<Long> unreadIds(long accountId, String role) {
        return db.select(NOTICE.ID).from(NOTICE)
                .where(addressedTo(accountId, role))
                .andNotExists(db.selectOne().from(NOTICE_READ)
                        .where(NOTICE_READ.NOTICE_ID.eq(NOTICE.ID), NOTICE_READ.ACCOUNT_ID.eq(accountId)))
                .fetch(NOTICE.ID);
    }

    private static Condition addressedTo(long accountId, String role) {
        return NOTICE.RECIPIENT_ACCOUNT_ID.eq(accountId).or(NOTICE.RECIPIENT_ROLE.eq(role));
    }

    /**
     * Replaces the argument at {@code index} of the notices of {@code messageKey} whose argument there is one of the
     * keys of {@code replacements} by its value; @return the ids of the notices changed.
     */
    List<Long> replaceArgument(String messageKey, int index, java.util.Map<String, String> replacements) {
        if (replacements.isEmpty()) {
            return List.of();
        }
        var path = DSL.inline("$[" + index + "]");
        var argument = DSL.field("JSON_VALUE({0}, {1})", String.class, NOTICE.MESSAGE_ARGS, path);
        var found = db.select(NOTICE.ID, argument).from(NOTICE)
                .where(NOTICE.MESSAGE_KEY.eq(messageKey), argument.in(replacements.keySet()))
                .orderBy(NOTICE.ID).forUpdate().fetch();
        for (var notice : found) {
            db.update(NOTICE).set(NOTICE.MESSAGE_ARGS, DSL.field("JSON_REPLACE({0}, {1}, {2})", JSON.class,
                            NOTICE.MESSAGE_ARGS, path, DSL.val(replacements.get(notice.value2()))))
                    .where(NOTICE.ID.eq(notice.value1())).execute();
        }
        return found.map(r -> r.value1());
    }
}
