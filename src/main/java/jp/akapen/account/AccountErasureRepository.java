package jp.akapen.account;

import static jp.akapen.db.Tables.ACCOUNT;
import static jp.akapen.db.Tables.LOGIN_THROTTLE;
import static jp.akapen.db.Tables.MFA_CREDENTIAL;
import static jp.akapen.db.Tables.MFA_RECOVERY_CODE;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import jp.akapen.db.enums.AccountRole;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The account area's tables as a cohort's erasure changes them (issue 14): residents' rows only. */
@Repository
class AccountErasureRepository {

    private final DSLContext db;

    AccountErasureRepository(DSLContext db) {
        this.db = db;
    }

    private Condition notErased(Collection<Long> residentIds) {
        return ACCOUNT.ID.in(residentIds).and(ACCOUNT.ROLE.eq(AccountRole.RESIDENT)).and(
                ACCOUNT.USERNAME.ne(erasedUsername())
                        .or(ACCOUNT.ENABLED.isTrue())
                        .or(ACCOUNT.PASSWORD_HASH.ne(ResidentAccountErasure.ERASED_PASSWORD_HASH))
                        .or(ACCOUNT.RESET_EXPIRES_AT.isNotNull())
                        .or(ACCOUNT.EMAIL.isNotNull())
                        .or(DSL.exists(DSL.selectOne().from(MFA_CREDENTIAL).where(MFA_CREDENTIAL.ACCOUNT_ID.eq(ACCOUNT.ID))))
                        .or(DSL.exists(DSL.selectOne().from(MFA_RECOVERY_CODE)
                                .where(MFA_RECOVERY_CODE.ACCOUNT_ID.eq(ACCOUNT.ID)))));
    }

    private static org.jooq.Field<String> erasedUsername() {
        return DSL.concat(DSL.inline(ResidentAccountErasure.ERASED_USERNAME_PREFIX), ACCOUNT.ID.cast(String.class));
    }

    int countNotErased(Collection<Long> residentIds) {
        return db.fetchCount(ACCOUNT, notErased(residentIds));
    }

    /** Up to {@code limit} of the accounts still to erase, locked, with their usernames. */
    Map<Long, String> lockNotErased(Collection<Long> residentIds, int limit) {
        return db.select(ACCOUNT.ID, ACCOUNT.USERNAME).from(ACCOUNT).where(notErased(residentIds))
                .orderBy(ACCOUNT.ID).limit(limit).forUpdate().fetchMap(ACCOUNT.ID, ACCOUNT.USERNAME);
    }

    /** Disabled, every session's epoch passed, renamed, and without password, reset, address or second factor. */
    void erase(Collection<Long> ids) {
        db.update(ACCOUNT)
                .set(ACCOUNT.USERNAME, erasedUsername())
                .set(ACCOUNT.ENABLED, false)
                .set(ACCOUNT.SESSION_EPOCH, ACCOUNT.SESSION_EPOCH.plus(1))
                .set(ACCOUNT.PASSWORD_HASH, ResidentAccountErasure.ERASED_PASSWORD_HASH)
                .setNull(ACCOUNT.RESET_EXPIRES_AT)
                .setNull(ACCOUNT.EMAIL)
                .where(ACCOUNT.ID.in(ids), ACCOUNT.ROLE.eq(AccountRole.RESIDENT))
                .execute();
        db.deleteFrom(MFA_RECOVERY_CODE).where(MFA_RECOVERY_CODE.ACCOUNT_ID.in(ids)).execute();
        db.deleteFrom(MFA_CREDENTIAL).where(MFA_CREDENTIAL.ACCOUNT_ID.in(ids)).execute();
    }

    /** Deletes the throttle rows with these keys; a key ending in "@" also stands for every key it starts. */
    void deleteThrottleKeys(List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Condition any = DSL.falseCondition();
        for (String key : keys) {
            any = any.or(key.endsWith("@") ? LOGIN_THROTTLE.THROTTLE_KEY.startsWith(key) : LOGIN_THROTTLE.THROTTLE_KEY.eq(key));
        }
        db.deleteFrom(LOGIN_THROTTLE).where(any).execute();
    }
}
