package jp.akapen.account.mfa;

import static jp.akapen.db.Tables.MFA_CREDENTIAL;
import static jp.akapen.db.Tables.MFA_RECOVERY_CODE;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class MfaRepository {

    record Credential(long accountId, String secret, Instant enrolledAt, Long lastUsedStep) {

        /** Never prints the secret. */
        @Override
        public String toString() {
            return "Credential[" + accountId + "]";
        }
    }

    private final DSLContext db;

    MfaRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Credential> find(long accountId) {
        return db.selectFrom(MFA_CREDENTIAL).where(MFA_CREDENTIAL.ACCOUNT_ID.eq(accountId))
                .fetchOptional(r -> new Credential(r.getAccountId(), r.getSecret(), r.getEnrolledAt(), r.getLastUsedStep()));
    }

    /** Every credential, each row locked until the transaction ends (sealing stored secrets in place). */
    java.util.List<Credential> allForUpdate() {
        return db.selectFrom(MFA_CREDENTIAL).orderBy(MFA_CREDENTIAL.ACCOUNT_ID).forUpdate()
                .fetch(r -> new Credential(r.getAccountId(), r.getSecret(), r.getEnrolledAt(), r.getLastUsedStep()));
    }

    /** Compare-and-set: replaces the stored secret only if it is still {@code before}. */
    boolean replaceSecret(long accountId, String before, String after) {
        return db.update(MFA_CREDENTIAL).set(MFA_CREDENTIAL.SECRET, after)
                .where(MFA_CREDENTIAL.ACCOUNT_ID.eq(accountId)).and(MFA_CREDENTIAL.SECRET.eq(before))
                .execute() == 1;
    }

    boolean enrolled(long accountId) {
        return db.fetchExists(MFA_CREDENTIAL, MFA_CREDENTIAL.ACCOUNT_ID.eq(accountId));
    }

    /** The credential and every recovery code go (a reset, issue 24). */
    void forget(long accountId) {
        db.deleteFrom(MFA_RECOVERY_CODE).where(MFA_RECOVERY_CODE.ACCOUNT_ID.eq(accountId)).execute();
        db.deleteFrom(MFA_CREDENTIAL).where(MFA_CREDENTIAL.ACCOUNT_ID.eq(accountId)).execute();
    }

    /** A new enrolment replaces the old credential and every recovery code. */
    void enrol(long accountId, String secret, long usedStep, Instant at) {
        db.deleteFrom(MFA_CREDENTIAL).where(MFA_CREDENTIAL.ACCOUNT_ID.eq(accountId)).execute();
        db.insertInto(MFA_CREDENTIAL)
                .set(MFA_CREDENTIAL.ACCOUNT_ID, accountId)
                .set(MFA_CREDENTIAL.SECRET, secret)
                .set(MFA_CREDENTIAL.ENROLLED_AT, at)
                .set(MFA_CREDENTIAL.LAST_USED_STEP, usedStep)
                .execute();
    }

    /** Compare-and-set: true only for the first use of a step later than any used before. */
    boolean useStep(long accountId, long step) {
        return db.update(MFA_CREDENTIAL)
                .set(MFA_CREDENTIAL.LAST_USED_STEP, step)
                .where(MFA_CREDENTIAL.ACCOUNT_ID.eq(accountId))
                .and(MFA_CREDENTIAL.LAST_USED_STEP.isNull().or(MFA_CREDENTIAL.LAST_USED_STEP.lt(step)))
                .execute() == 1;
    }

    void replaceRecoveryCodes(long accountId, Collection<String> hashes, Instant at) {
        db.deleteFrom(MFA_RECOVERY_CODE).where(MFA_RECOVERY_CODE.ACCOUNT_ID.eq(accountId)).execute();
        var insert = db.insertInto(MFA_RECOVERY_CODE, MFA_RECOVERY_CODE.ACCOUNT_ID, MFA_RECOVERY_CODE.CODE_HASH,
                MFA_RECOVERY_CODE.CREATED_AT);
        for (String hash : hashes) {
            insert = insert.values(accountId, hash, at);
        }
        insert.execute();
    }

    /** Marks the code used; false when it is unknown or was already used (also under concurrency). */
    boolean useRecoveryCode(long accountId, String hash, Instant at) {
        return db.update(MFA_RECOVERY_CODE)
                .set(MFA_RECOVERY_CODE.USED_AT, at)
                .where(MFA_RECOVERY_CODE.ACCOUNT_ID.eq(accountId), MFA_RECOVERY_CODE.CODE_HASH.eq(hash),
                        MFA_RECOVERY_CODE.USED_AT.isNull())
                .execute() == 1;
    }

    int unusedRecoveryCodes(long accountId) {
        return db.fetchCount(MFA_RECOVERY_CODE, MFA_RECOVERY_CODE.ACCOUNT_ID.eq(accountId),
                MFA_RECOVERY_CODE.USED_AT.isNull());
    }
}
