package jp.akapen.account;

import static jp.akapen.db.Tables.ACCOUNT;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.akapen.db.enums.AccountRole;
import jp.akapen.db.tables.records.AccountRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    /**
     * An account with its password hash (only authentication and password changes need it), the
     * epoch its sessions must carry, and until when a reset's one-time code works (null: no reset).
     */
    record Stored(Account account, String passwordHash, int sessionEpoch, Instant resetExpiresAt) {

        boolean resetPending() {
            return resetExpiresAt != null;
        }
    }

    /** What a signed-in session is checked against at each request. */
    record SessionState(boolean enabled, int sessionEpoch) {
    }

    private final DSLContext db;

    AccountRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Stored> findByUsername(String username) {
        return db.selectFrom(ACCOUNT).where(ACCOUNT.USERNAME.eq(username))
                .fetchOptional(AccountRepository::toStored);
    }

    Optional<Stored> findStored(long id) {
        return db.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id))
                .fetchOptional(AccountRepository::toStored);
    }

    Optional<Account> find(long id) {
        return db.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOptional(AccountRepository::toAccount);
    }

    Map<Long, String> displayNames(Collection<Long> ids) {
        return db.select(ACCOUNT.ID, ACCOUNT.DISPLAY_NAME).from(ACCOUNT).where(ACCOUNT.ID.in(ids))
                .fetchMap(ACCOUNT.ID, ACCOUNT.DISPLAY_NAME);
    }

    boolean usernameTaken(String username) {
        return db.fetchExists(ACCOUNT, ACCOUNT.USERNAME.eq(username));
    }

    List<Account> findByRoles(Collection<Role> roles) {
        return db.selectFrom(ACCOUNT)
                .where(ACCOUNT.ROLE.in(roles.stream().map(AccountRepository::toDb).toList()))
                .orderBy(ACCOUNT.ROLE, ACCOUNT.USERNAME)
                .fetch(AccountRepository::toAccount);
    }

    long insert(NewAccount account, String passwordHash, Long createdBy, Instant at) {
        return db.insertInto(ACCOUNT)
                .set(ACCOUNT.USERNAME, account.username())
                .set(ACCOUNT.DISPLAY_NAME, account.displayName())
                .set(ACCOUNT.ROLE, toDb(account.role()))
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(ACCOUNT.ENABLED, true)
                .set(ACCOUNT.CREATED_AT, at)
                .set(ACCOUNT.CREATED_BY, createdBy)
                .set(ACCOUNT.PASSWORD_CHANGED_AT, at)
                .returning(ACCOUNT.ID)
                .fetchOne(ACCOUNT.ID);
    }

    /** Compare-and-set on the old hash, so two concurrent changes cannot both succeed. */
    boolean replacePasswordHash(long id, String oldHash, String newHash, Instant at) {
        return db.update(ACCOUNT)
                .set(ACCOUNT.PASSWORD_HASH, newHash)
                .set(ACCOUNT.PASSWORD_CHANGED_AT, at)
                .where(ACCOUNT.ID.eq(id), ACCOUNT.PASSWORD_HASH.eq(oldHash))
                .execute() == 1;
    }

    Optional<SessionState> sessionState(long id) {
        return db.select(ACCOUNT.ENABLED, ACCOUNT.SESSION_EPOCH).from(ACCOUNT).where(ACCOUNT.ID.eq(id))
                .fetchOptional(r -> new SessionState(r.value1(), r.value2()));
    }

    /** The account, locked until the transaction ends, so that two managers acting on it take turns. */
    Optional<Stored> lock(long id) {
        return db.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).forUpdate().fetchOptional(AccountRepository::toStored);
    }

    /** Enables or disables; disabling also moves the epoch on, so every session signed in before ends. */
    void setEnabled(long id, boolean enabled) {
        var update = db.update(ACCOUNT).set(ACCOUNT.ENABLED, enabled);
        if (!enabled) {
            update = update.set(ACCOUNT.SESSION_EPOCH, ACCOUNT.SESSION_EPOCH.plus(1));
        }
        update.where(ACCOUNT.ID.eq(id)).execute();
    }

    /** The one-time code's hash replaces the password, until {@code expiresAt}; every session ends. */
    void startReset(long id, String codeHash, Instant at, Instant expiresAt) {
        db.update(ACCOUNT)
                .set(ACCOUNT.PASSWORD_HASH, codeHash)
                .set(ACCOUNT.PASSWORD_CHANGED_AT, at)
                .set(ACCOUNT.RESET_EXPIRES_AT, expiresAt)
                .set(ACCOUNT.SESSION_EPOCH, ACCOUNT.SESSION_EPOCH.plus(1))
                .where(ACCOUNT.ID.eq(id))
                .execute();
    }

    /** The person's own new password replaces the one-time code (compare-and-set on the code's hash). */
    boolean finishReset(long id, String codeHash, String newHash, Instant at) {
        return db.update(ACCOUNT)
                .set(ACCOUNT.PASSWORD_HASH, newHash)
                .set(ACCOUNT.PASSWORD_CHANGED_AT, at)
                .setNull(ACCOUNT.RESET_EXPIRES_AT)
                .where(ACCOUNT.ID.eq(id), ACCOUNT.PASSWORD_HASH.eq(codeHash), ACCOUNT.RESET_EXPIRES_AT.isNotNull())
                .execute() == 1;
    }

    /** Sets a staff account's work address; residents' rows are never touched (they have none here). */
    boolean setEmail(long id, String email) {
        return db.update(ACCOUNT).set(ACCOUNT.EMAIL, email)
                .where(ACCOUNT.ID.eq(id), ACCOUNT.ROLE.ne(AccountRole.RESIDENT))
                .execute() == 1;
    }

    List<Account> findAll(Collection<Long> ids) {
        return db.selectFrom(ACCOUNT).where(ACCOUNT.ID.in(ids)).fetch(AccountRepository::toAccount);
    }

    boolean anyWithRole(Role role) {
        return db.fetchExists(ACCOUNT, ACCOUNT.ROLE.eq(toDb(role)));
    }

    private static Stored toStored(AccountRecord r) {
        return new Stored(toAccount(r), r.getPasswordHash(), r.getSessionEpoch(), r.getResetExpiresAt());
    }

    private static Account toAccount(AccountRecord r) {
        return new Account(r.getId(), r.getUsername(), r.getDisplayName(), Role.of(r.getRole().getLiteral()),
                r.getEnabled(), r.getCreatedAt(), r.getEmail());
    }

    private static AccountRole toDb(Role role) {
        return AccountRole.lookupLiteral(role.name());
    }
}
