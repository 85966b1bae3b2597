package jp.akapen.mail;

import static jp.akapen.db.Tables.MAIL_ATTEMPT;
import static jp.akapen.db.Tables.MAIL_MESSAGE;
import static jp.akapen.db.Tables.MAIL_PREFERENCE;
import static jp.akapen.db.Tables.MAIL_RECIPIENT;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.akapen.db.enums.MailAttemptOutcome;
import jp.akapen.db.enums.MailMessageBodyCharset;
import jp.akapen.db.enums.MailMessageKind;
import jp.akapen.db.enums.MailMessageState;
import jp.akapen.mail.rules.BodyCharset;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class OutboxRepository {

    /**
     * A claimed row as the sender needs it. {@code subject} and {@code body} are null for notices; {@code draftedBy},
     * {@code approvedBy} and {@code approvalHash} are a composed mail's four eyes (E4).
     */
    record Pending(long id, OutboxKind kind, String link, String subject, String body, BodyCharset charset,
            String messageId, int attempts, List<Long> recipients, Long draftedBy, Long approvedBy,
            String approvalHash) {
    }

    private final DSLContext db;

    OutboxRepository(DSLContext db) {
        this.db = db;
    }

    long insertNotice(long noticeId, String link, long accountId, BodyCharset charset, String messageId, Instant at) {
        return insertNotice(noticeId, link, null, accountId, charset, messageId, at);
    }

    /** A notice's mail in the thread its link belongs to ({@code thread} null: none). */
    long insertNotice(long noticeId, String link, jp.akapen.shared.correspondence.ThreadKey thread, long accountId,
            BodyCharset charset, String messageId, Instant at) {
        long id = db.insertInto(MAIL_MESSAGE)
                .set(MAIL_MESSAGE.KIND, MailMessageKind.NOTICE)
                .set(MAIL_MESSAGE.STATE, MailMessageState.APPROVED)
                .set(MAIL_MESSAGE.NOTICE_ID, noticeId)
                .set(MAIL_MESSAGE.LINK, link)
                .set(MAIL_MESSAGE.THREAD_KIND, thread == null ? null : thread.kind())
                .set(MAIL_MESSAGE.THREAD_ID, thread == null ? null : thread.id())
                .set(MAIL_MESSAGE.BODY_CHARSET, MailMessageBodyCharset.valueOf(charset.name()))
                .set(MAIL_MESSAGE.MESSAGE_ID, messageId)
                .set(MAIL_MESSAGE.ATTEMPTS, 0)
                .set(MAIL_MESSAGE.NEXT_ATTEMPT_AT, at)
                .set(MAIL_MESSAGE.CREATED_AT, at)
                .returning(MAIL_MESSAGE.ID)
                .fetchOne(MAIL_MESSAGE.ID);
        db.insertInto(MAIL_RECIPIENT, MAIL_RECIPIENT.MAIL_ID, MAIL_RECIPIENT.ACCOUNT_ID).values(id, accountId).execute();
        return id;
    }

    /**
     * Claims up to {@code limit} due rows for {@code owner}: locked with SKIP LOCKED, so a second sender in the same
     * moment takes other rows instead of waiting, then marked SENDING with a lease before the caller commits. A row
     * whose lease ran out (its sender died) is due again.
     */
    List<Long> claimDue(Instant now, int limit, String owner, Instant leaseUntil) {
        List<Long> ids = db.select(MAIL_MESSAGE.ID).from(MAIL_MESSAGE)
                .where(MAIL_MESSAGE.NEXT_ATTEMPT_AT.le(now))
                .and(MAIL_MESSAGE.STATE.in(MailMessageState.APPROVED, MailMessageState.SENDING, MailMessageState.FAILED))
                .orderBy(MAIL_MESSAGE.NEXT_ATTEMPT_AT, MAIL_MESSAGE.ID)
                .limit(limit)
                .forUpdate().skipLocked()
                .fetch(MAIL_MESSAGE.ID);
        if (ids.isEmpty()) {
            return ids;
        }
        db.update(MAIL_MESSAGE)
                .set(MAIL_MESSAGE.STATE, MailMessageState.SENDING)
                .set(MAIL_MESSAGE.LEASE_OWNER, owner)
                .set(MAIL_MESSAGE.LEASE_UNTIL, leaseUntil)
                .set(MAIL_MESSAGE.NEXT_ATTEMPT_AT, leaseUntil)
                .where(MAIL_MESSAGE.ID.in(ids))
                .execute();
        return ids;
    }

    /** Extends the lease just before a send, and counts the attempt; false when the row is no longer ours. */
    boolean renewLease(long id, String owner, Instant leaseUntil) {
        return db.update(MAIL_MESSAGE)
                .set(MAIL_MESSAGE.LEASE_UNTIL, leaseUntil)
                .set(MAIL_MESSAGE.NEXT_ATTEMPT_AT, leaseUntil)
                .set(MAIL_MESSAGE.ATTEMPTS, MAIL_MESSAGE.ATTEMPTS.plus(1))
                .where(MAIL_MESSAGE.ID.eq(id), ours(owner))
                .execute() == 1;
    }

    /**
     * Renews the leases of rows still to send in a batch (without counting an attempt); returns those still ours, so
     * a row another sender took over after our lease ran out is left to it.
     */
    List<Long> extendLeases(Collection<Long> ids, String owner, Instant leaseUntil) {
        db.update(MAIL_MESSAGE)
                .set(MAIL_MESSAGE.LEASE_UNTIL, leaseUntil)
                .set(MAIL_MESSAGE.NEXT_ATTEMPT_AT, leaseUntil)
                .where(MAIL_MESSAGE.ID.in(ids), ours(owner))
                .execute();
        return db.select(MAIL_MESSAGE.ID).from(MAIL_MESSAGE).where(MAIL_MESSAGE.ID.in(ids), ours(owner))
                .fetch(MAIL_MESSAGE.ID);
    }

    Optional<Pending> pending(long id) {
        return db.select(MAIL_MESSAGE.ID, MAIL_MESSAGE.KIND, MAIL_MESSAGE.LINK, MAIL_MESSAGE.SUBJECT, MAIL_MESSAGE.BODY,
                        MAIL_MESSAGE.BODY_CHARSET, MAIL_MESSAGE.MESSAGE_ID, MAIL_MESSAGE.ATTEMPTS,
                        DSL.multiset(DSL.select(MAIL_RECIPIENT.ACCOUNT_ID).from(MAIL_RECIPIENT)
                                .where(MAIL_RECIPIENT.MAIL_ID.eq(MAIL_MESSAGE.ID))
                                .orderBy(MAIL_RECIPIENT.ACCOUNT_ID)),
                        MAIL_MESSAGE.DRAFTED_BY, MAIL_MESSAGE.APPROVED_BY, MAIL_MESSAGE.APPROVAL_HASH)
                .from(MAIL_MESSAGE).where(MAIL_MESSAGE.ID.eq(id))
                .fetchOptional(r -> new Pending(r.value1(), OutboxKind.valueOf(r.value2().name()), r.value3(),
                        r.value4(), r.value5(), BodyCharset.valueOf(r.value6().name()), r.value7(), r.value8(),
                        r.value9().map(x -> x.value1()), r.value10(), r.value11(), r.value12()));
    }

    boolean markSent(long id, String owner, Instant at) {
        return db.update(MAIL_MESSAGE)
                .set(MAIL_MESSAGE.STATE, MailMessageState.SENT)
                .set(MAIL_MESSAGE.SENT_AT, at)
                .set(MAIL_MESSAGE.NEXT_ATTEMPT_AT, (Instant) null)
                .set(MAIL_MESSAGE.LEASE_OWNER, (String) null)
                .set(MAIL_MESSAGE.LEASE_UNTIL, (Instant) null)
                .set(MAIL_MESSAGE.LAST_ERROR, (String) null)
                .where(MAIL_MESSAGE.ID.eq(id), ours(owner))
                .execute() == 1;
    }

    /** FAILED with the reason; due again at {@code next}, or never (null) for a refusal or the last attempt. */
    boolean markFailed(long id, String owner, Instant next, String error) {
        return db.update(MAIL_MESSAGE)
                .set(MAIL_MESSAGE.STATE, MailMessageState.FAILED)
                .set(MAIL_MESSAGE.NEXT_ATTEMPT_AT, next)
                .set(MAIL_MESSAGE.LEASE_OWNER, (String) null)
                .set(MAIL_MESSAGE.LEASE_UNTIL, (Instant) null)
                .set(MAIL_MESSAGE.LAST_ERROR, error)
                .where(MAIL_MESSAGE.ID.eq(id), ours(owner))
                .execute() == 1;
    }

    /** A FAILED row due at once (a person asked to retry it); false when the row is not FAILED. */
    boolean dueNowIfFailed(long id, Instant now) {
        return db.update(MAIL_MESSAGE)
                .set(MAIL_MESSAGE.NEXT_ATTEMPT_AT, now)
                .where(MAIL_MESSAGE.ID.eq(id), MAIL_MESSAGE.STATE.eq(MailMessageState.FAILED))
                .execute() == 1;
    }

    void attempt(long id, Instant at, String instance, AttemptOutcome outcome, String detail) {
        db.insertInto(MAIL_ATTEMPT)
                .set(MAIL_ATTEMPT.MAIL_ID, id)
                .set(MAIL_ATTEMPT.AT, at)
                .set(MAIL_ATTEMPT.INSTANCE, instance)
                .set(MAIL_ATTEMPT.OUTCOME, MailAttemptOutcome.valueOf(outcome.name()))
                .set(MAIL_ATTEMPT.DETAIL, detail)
                .execute();
    }

    /** Messages not sent (yet), newest first, for the outbox page. */
    List<OutboxEntry> unsent(int limit) {
        return db.select(MAIL_MESSAGE.ID, MAIL_MESSAGE.KIND, MAIL_MESSAGE.STATE, MAIL_MESSAGE.ATTEMPTS,
                        MAIL_MESSAGE.NEXT_ATTEMPT_AT, MAIL_MESSAGE.LAST_ERROR, MAIL_MESSAGE.CREATED_AT,
                        DSL.multiset(DSL.select(MAIL_RECIPIENT.ACCOUNT_ID).from(MAIL_RECIPIENT)
                                .where(MAIL_RECIPIENT.MAIL_ID.eq(MAIL_MESSAGE.ID))))
                .from(MAIL_MESSAGE)
                .where(MAIL_MESSAGE.STATE.ne(MailMessageState.SENT))
                .orderBy(MAIL_MESSAGE.CREATED_AT.desc(), MAIL_MESSAGE.ID.desc())
                .limit(limit)
                .fetch(r -> new OutboxEntry(r.value1(), OutboxKind.valueOf(r.value2().name()),
                        OutboxState.valueOf(r.value3().name()), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8().map(x -> x.value1())));
    }

    Map<OutboxState, Integer> countsByState() {
        return db.select(MAIL_MESSAGE.STATE, DSL.count()).from(MAIL_MESSAGE).groupBy(MAIL_MESSAGE.STATE)
                .fetchMap(r -> OutboxState.valueOf(r.value1().name()), r -> r.value2());
    }

    Map<Long, Boolean> preferences(Collection<Long> accountIds) {
        return db.select(MAIL_PREFERENCE.ACCOUNT_ID, MAIL_PREFERENCE.NOTICES_BY_MAIL).from(MAIL_PREFERENCE)
                .where(MAIL_PREFERENCE.ACCOUNT_ID.in(accountIds))
                .fetchMap(MAIL_PREFERENCE.ACCOUNT_ID, MAIL_PREFERENCE.NOTICES_BY_MAIL);
    }

    void setPreference(long accountId, boolean byMail, Instant at) {
        int updated = db.update(MAIL_PREFERENCE)
                .set(MAIL_PREFERENCE.NOTICES_BY_MAIL, byMail)
                .set(MAIL_PREFERENCE.CHANGED_AT, at)
                .where(MAIL_PREFERENCE.ACCOUNT_ID.eq(accountId))
                .execute();
        if (updated == 0) {
            db.insertInto(MAIL_PREFERENCE)
                    .set(MAIL_PREFERENCE.ACCOUNT_ID, accountId)
                    .set(MAIL_PREFERENCE.NOTICES_BY_MAIL, byMail)
                    .set(MAIL_PREFERENCE.CHANGED_AT, at)
                    .execute();
        }
    }

    private static org.jooq.Condition ours(String owner) {
        return MAIL_MESSAGE.STATE.eq(MailMessageState.SENDING).and(MAIL_MESSAGE.LEASE_OWNER.eq(owner));
    }
}
