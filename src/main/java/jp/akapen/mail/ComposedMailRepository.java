package jp.akapen.mail;

import static jp.akapen.db.Tables.MAIL_MESSAGE;
import static jp.akapen.db.Tables.MAIL_RECIPIENT;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.akapen.db.enums.MailMessageBodyCharset;
import jp.akapen.db.enums.MailMessageKind;
import jp.akapen.db.enums.MailMessageState;
import jp.akapen.mail.rules.BodyCharset;
import jp.akapen.shared.correspondence.ThreadActivity;
import jp.akapen.shared.correspondence.ThreadKey;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Mails people write (four eyes, E4) and every mail as the ward reads it (E2): the rows of {@code mail_message}. */
@Repository
class ComposedMailRepository {

    /** A row with its recipients' account ids. {@code subject} and {@code body} are null for notices. */
    record Stored(long id, OutboxKind kind, OutboxState state, String subject, String body, String link,
            Long draftedBy, Long approvedBy, String approvalHash, String lastError, Instant createdAt, Instant sentAt,
            List<Long> recipients, ThreadKey thread) {

        @Override
        public String toString() {
            return "Stored[" + id + ", " + kind + ", " + state + "]";
        }
    }

    private final DSLContext db;

    ComposedMailRepository(DSLContext db) {
        this.db = db;
    }

    long insert(List<Long> recipients, String subject, String body, ThreadKey thread, BodyCharset charset,
            String messageId, long drafter, Instant at) {
        long id = db.insertInto(MAIL_MESSAGE)
                .set(MAIL_MESSAGE.THREAD_KIND, thread == null ? null : thread.kind())
                .set(MAIL_MESSAGE.THREAD_ID, thread == null ? null : thread.id())
                .set(MAIL_MESSAGE.KIND, MailMessageKind.COMPOSED)
                .set(MAIL_MESSAGE.STATE, MailMessageState.DRAFT)
                .set(MAIL_MESSAGE.SUBJECT, subject)
                .set(MAIL_MESSAGE.BODY, body)
                .set(MAIL_MESSAGE.BODY_CHARSET, MailMessageBodyCharset.valueOf(charset.name()))
                .set(MAIL_MESSAGE.MESSAGE_ID, messageId)
                .set(MAIL_MESSAGE.DRAFTED_BY, drafter)
                .set(MAIL_MESSAGE.ATTEMPTS, 0)
                .set(MAIL_MESSAGE.CREATED_AT, at)
                .returning(MAIL_MESSAGE.ID)
                .fetchOne(MAIL_MESSAGE.ID);
        insertRecipients(id, recipients);
        return id;
    }

    /**
     * The row, locked until the transaction ends: a sender claiming it waits, and one that claimed it first has
     * already made it SENDING, which the caller sees and refuses.
     */
    Optional<Stored> lock(long id) {
        return db.select(fields()).from(MAIL_MESSAGE).where(MAIL_MESSAGE.ID.eq(id)).forUpdate()
                .fetchOptional(ComposedMailRepository::stored);
    }

    Optional<Stored> find(long id) {
        return db.select(fields()).from(MAIL_MESSAGE).where(MAIL_MESSAGE.ID.eq(id))
                .fetchOptional(ComposedMailRepository::stored);
    }

    /** New content: back to a draft, with no approval and nothing due (an edit voids the approval). */
    void replaceContent(long id, List<Long> recipients, String subject, String body, ThreadKey thread) {
        db.update(MAIL_MESSAGE)
                .set(MAIL_MESSAGE.THREAD_KIND, thread == null ? null : thread.kind())
                .set(MAIL_MESSAGE.THREAD_ID, thread == null ? null : thread.id())
                .set(MAIL_MESSAGE.SUBJECT, subject)
                .set(MAIL_MESSAGE.BODY, body)
                .set(MAIL_MESSAGE.STATE, MailMessageState.DRAFT)
                .set(MAIL_MESSAGE.APPROVED_BY, (Long) null)
                .set(MAIL_MESSAGE.APPROVAL_HASH, (String) null)
                .set(MAIL_MESSAGE.NEXT_ATTEMPT_AT, (Instant) null)
                .set(MAIL_MESSAGE.LAST_ERROR, (String) null)
                .set(MAIL_MESSAGE.ATTEMPTS, 0)
                .where(MAIL_MESSAGE.ID.eq(id))
                .execute();
        db.deleteFrom(MAIL_RECIPIENT).where(MAIL_RECIPIENT.MAIL_ID.eq(id)).execute();
        insertRecipients(id, recipients);
    }

    void awaitApproval(long id) {
        db.update(MAIL_MESSAGE).set(MAIL_MESSAGE.STATE, MailMessageState.AWAITING_APPROVAL)
                .where(MAIL_MESSAGE.ID.eq(id)).execute();
    }

    /** Approved and due now: the sender's next pass takes it. */
    void approve(long id, long approver, String hash, Instant at) {
        db.update(MAIL_MESSAGE)
                .set(MAIL_MESSAGE.STATE, MailMessageState.APPROVED)
                .set(MAIL_MESSAGE.APPROVED_BY, approver)
                .set(MAIL_MESSAGE.APPROVAL_HASH, hash)
                .set(MAIL_MESSAGE.NEXT_ATTEMPT_AT, at)
                .where(MAIL_MESSAGE.ID.eq(id))
                .execute();
    }

    /** Composed mails not sent yet (drafts, awaiting approval, waiting, failed), newest first. */
    List<Stored> composedInProgress(int limit) {
        return list(MAIL_MESSAGE.KIND.eq(MailMessageKind.COMPOSED).and(MAIL_MESSAGE.STATE.ne(MailMessageState.SENT)),
                limit);
    }

    /** Every mail, newest first: the ward's view of all correspondence. */
    List<Stored> all(int limit) {
        return list(DSL.noCondition(), limit);
    }

    /** The mails of one thread, oldest first. */
    List<Stored> ofThread(ThreadKey thread) {
        return db.select(fields()).from(MAIL_MESSAGE)
                .where(MAIL_MESSAGE.THREAD_KIND.eq(thread.kind()), MAIL_MESSAGE.THREAD_ID.eq(thread.id()))
                .orderBy(MAIL_MESSAGE.CREATED_AT, MAIL_MESSAGE.ID)
                .fetch(ComposedMailRepository::stored);
    }

    /** Per thread: how many mails and when the last was written. Mails in no thread under a null key. */
    Map<ThreadKey, ThreadActivity> threadCounts() {
        Map<ThreadKey, ThreadActivity> counts = new HashMap<>();
        db.select(MAIL_MESSAGE.THREAD_KIND, MAIL_MESSAGE.THREAD_ID, DSL.count(), DSL.max(MAIL_MESSAGE.CREATED_AT))
                .from(MAIL_MESSAGE)
                .groupBy(MAIL_MESSAGE.THREAD_KIND, MAIL_MESSAGE.THREAD_ID)
                .forEach(r -> counts.put(r.value1() == null || r.value2() == null ? null
                        : new ThreadKey(r.value1(), r.value2()), new ThreadActivity(r.value3(), r.value4())));
        return counts;
    }

    private List<Stored> list(Condition condition, int limit) {
        return db.select(fields()).from(MAIL_MESSAGE).where(condition)
                .orderBy(MAIL_MESSAGE.CREATED_AT.desc(), MAIL_MESSAGE.ID.desc())
                .limit(limit)
                .fetch(ComposedMailRepository::stored);
    }

    private void insertRecipients(long id, List<Long> recipients) {
        var insert = db.insertInto(MAIL_RECIPIENT, MAIL_RECIPIENT.MAIL_ID, MAIL_RECIPIENT.ACCOUNT_ID);
        for (long account : recipients) {
            insert = insert.values(id, account);
        }
        insert.execute();
    }

    private static SelectField<?>[] fields() {
        return new SelectField<?>[] {MAIL_MESSAGE.ID, MAIL_MESSAGE.KIND, MAIL_MESSAGE.STATE, MAIL_MESSAGE.SUBJECT,
                MAIL_MESSAGE.BODY, MAIL_MESSAGE.LINK, MAIL_MESSAGE.DRAFTED_BY, MAIL_MESSAGE.APPROVED_BY,
                MAIL_MESSAGE.APPROVAL_HASH, MAIL_MESSAGE.LAST_ERROR, MAIL_MESSAGE.CREATED_AT, MAIL_MESSAGE.SENT_AT,
                MAIL_MESSAGE.THREAD_KIND, MAIL_MESSAGE.THREAD_ID,
                DSL.multiset(DSL.select(MAIL_RECIPIENT.ACCOUNT_ID).from(MAIL_RECIPIENT)
                        .where(MAIL_RECIPIENT.MAIL_ID.eq(MAIL_MESSAGE.ID))
                        .orderBy(MAIL_RECIPIENT.ACCOUNT_ID)).as("recipients")};
    }

    private static Stored stored(Record r) {
        org.jooq.Result<?> recipients = (org.jooq.Result<?>) r.get("recipients");
        return new Stored(r.get(MAIL_MESSAGE.ID), OutboxKind.valueOf(r.get(MAIL_MESSAGE.KIND).name()),
                OutboxState.valueOf(r.get(MAIL_MESSAGE.STATE).name()), r.get(MAIL_MESSAGE.SUBJECT),
                r.get(MAIL_MESSAGE.BODY), r.get(MAIL_MESSAGE.LINK), r.get(MAIL_MESSAGE.DRAFTED_BY),
                r.get(MAIL_MESSAGE.APPROVED_BY), r.get(MAIL_MESSAGE.APPROVAL_HASH), r.get(MAIL_MESSAGE.LAST_ERROR),
                r.get(MAIL_MESSAGE.CREATED_AT), r.get(MAIL_MESSAGE.SENT_AT),
                recipients.stream().map(x -> (Long) x.get(0)).toList(),
                r.get(MAIL_MESSAGE.THREAD_KIND) == null || r.get(MAIL_MESSAGE.THREAD_ID) == null ? null
                        : new ThreadKey(r.get(MAIL_MESSAGE.THREAD_KIND), r.get(MAIL_MESSAGE.THREAD_ID)));
    }
}
