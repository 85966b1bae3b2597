package jp.akapen.privacy.vault;

import static jp.akapen.db.Tables.DATA_KEY;
import static jp.akapen.db.Tables.PRIVACY_COHORT_MEMBER;
import static jp.akapen.db.Tables.VAULT_ENTRY;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.akapen.db.enums.DataKeyScope;
import jp.akapen.db.tables.records.VaultEntryRecord;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.springframework.stereotype.Repository;

/** Wrapped data keys and sealed entries: bytes only; this class never sees a key or a plaintext. */
@Repository
class VaultRepository {

    /**
     * A data key row; {@code wrapped} is null once the key is destroyed. {@code masterKey} is the fingerprint of the
     * master key that wrapped it, null for a row from before V015 that no start-up check has opened yet.
     */
    record KeyRow(long id, KeyScope scope, long scopeId, byte[] wrapped, String masterKey, Instant destroyedAt) {

        boolean destroyed() {
            return wrapped == null;
        }

        String keyId() {
            return scope.keyId(scopeId);
        }
    }

    /** A vault row: sealed bytes per field (absent = the field was left empty). */
    record EntryRow(long accountId, long dataKeyId, Map<PersonalData.Field, byte[]> sealed, int lockVersion) {
    }

    private static final Map<PersonalData.Field, TableField<VaultEntryRecord, byte[]>> COLUMNS = Map.of(
            PersonalData.Field.FULL_NAME, VAULT_ENTRY.FULL_NAME,
            PersonalData.Field.FURIGANA, VAULT_ENTRY.FURIGANA,
            PersonalData.Field.ADDRESS, VAULT_ENTRY.ADDRESS,
            PersonalData.Field.EMAIL, VAULT_ENTRY.EMAIL,
            PersonalData.Field.PHONE, VAULT_ENTRY.PHONE);

    private final DSLContext db;

    VaultRepository(DSLContext db) {
        this.db = db;
    }

    Optional<KeyRow> key(long id) {
        return db.selectFrom(DATA_KEY).where(DATA_KEY.ID.eq(id)).fetchOptional(VaultRepository::keyRow);
    }

    Optional<KeyRow> key(KeyScope scope, long scopeId) {
        return db.selectFrom(DATA_KEY).where(DATA_KEY.SCOPE.eq(DataKeyScope.valueOf(scope.name())))
                .and(DATA_KEY.SCOPE_ID.eq(scopeId)).fetchOptional(VaultRepository::keyRow);
    }

    /** The key row, locked until the transaction ends (creating and destroying keys take turns per scope). */
    Optional<KeyRow> keyForUpdate(KeyScope scope, long scopeId) {
        return db.selectFrom(DATA_KEY).where(DATA_KEY.SCOPE.eq(DataKeyScope.valueOf(scope.name())))
                .and(DATA_KEY.SCOPE_ID.eq(scopeId)).forUpdate().fetchOptional(VaultRepository::keyRow);
    }

    long insertKey(KeyScope scope, long scopeId, byte[] wrapped, String masterKey, Instant at) {
        return db.insertInto(DATA_KEY)
                .set(DATA_KEY.SCOPE, DataKeyScope.valueOf(scope.name()))
                .set(DATA_KEY.SCOPE_ID, scopeId)
                .set(DATA_KEY.WRAPPED, wrapped)
                .set(DATA_KEY.MASTER_KEY, masterKey)
                .set(DATA_KEY.CREATED_AT, at)
                .returning(DATA_KEY.ID).fetchOne(DATA_KEY.ID);
    }

    /** @return whether a live key was destroyed (false if it already was) */
    boolean destroyKey(long id, Instant at) {
        return db.update(DATA_KEY).setNull(DATA_KEY.WRAPPED).set(DATA_KEY.DESTROYED_AT, at)
                .where(DATA_KEY.ID.eq(id)).and(DATA_KEY.WRAPPED.isNotNull()).execute() == 1;
    }

    /** A page of live keys in id order, for the start-up check that the master key is the right one. */
    List<KeyRow> liveKeysAfter(long afterId, int limit) {
        return db.selectFrom(DATA_KEY).where(DATA_KEY.WRAPPED.isNotNull()).and(DATA_KEY.ID.gt(afterId))
                .orderBy(DATA_KEY.ID).limit(limit)
                .fetch(VaultRepository::keyRow);
    }

    /** Names the master key that opened a row from before V015; a row that already names one is left alone. */
    void recordMasterKey(long id, String masterKey) {
        db.update(DATA_KEY).set(DATA_KEY.MASTER_KEY, masterKey)
                .where(DATA_KEY.ID.eq(id)).and(DATA_KEY.MASTER_KEY.isNull()).execute();
    }

    /** Ids of live keys not (known to be) wrapped under {@code masterKey}, in id order, for a rotation. */
    List<Long> liveKeyIdsNotUnder(String masterKey, long afterId, int limit) {
        return db.select(DATA_KEY.ID).from(DATA_KEY).where(notUnder(masterKey)).and(DATA_KEY.ID.gt(afterId))
                .orderBy(DATA_KEY.ID).limit(limit).fetch(DATA_KEY.ID);
    }

    int countLiveNotUnder(String masterKey) {
        return db.fetchCount(DATA_KEY, notUnder(masterKey));
    }

    /** The other master keys that still wrap live keys (null for rows no check has named yet). */
    List<String> masterKeysOtherThan(String masterKey) {
        return db.selectDistinct(DATA_KEY.MASTER_KEY).from(DATA_KEY).where(notUnder(masterKey))
                .orderBy(DATA_KEY.MASTER_KEY).fetch(DATA_KEY.MASTER_KEY);
    }

    Optional<KeyRow> keyForUpdate(long id) {
        return db.selectFrom(DATA_KEY).where(DATA_KEY.ID.eq(id)).forUpdate().fetchOptional(VaultRepository::keyRow);
    }

    /**
     * Replaces the wrapped form of a live key and names its new master key in one statement, only if the row is
     * still under {@code fromMasterKey} (null: not yet named): true exactly once per row and rotation.
     */
    boolean rewrap(long id, String fromMasterKey, byte[] wrapped, String toMasterKey) {
        var under = fromMasterKey == null ? DATA_KEY.MASTER_KEY.isNull() : DATA_KEY.MASTER_KEY.eq(fromMasterKey);
        return db.update(DATA_KEY).set(DATA_KEY.WRAPPED, wrapped).set(DATA_KEY.MASTER_KEY, toMasterKey)
                .where(DATA_KEY.ID.eq(id)).and(DATA_KEY.WRAPPED.isNotNull()).and(under).execute() == 1;
    }

    private static org.jooq.Condition notUnder(String masterKey) {
        return DATA_KEY.WRAPPED.isNotNull()
                .and(DATA_KEY.MASTER_KEY.isNull().or(DATA_KEY.MASTER_KEY.ne(masterKey)));
    }

    boolean hasEntry(long accountId) {
        return db.fetchExists(VAULT_ENTRY, VAULT_ENTRY.ACCOUNT_ID.eq(accountId));
    }

    Optional<EntryRow> entry(long accountId) {
        return db.selectFrom(VAULT_ENTRY).where(VAULT_ENTRY.ACCOUNT_ID.eq(accountId))
                .fetchOptional(VaultRepository::entryRow);
    }

    Optional<EntryRow> entryForUpdate(long accountId) {
        return db.selectFrom(VAULT_ENTRY).where(VAULT_ENTRY.ACCOUNT_ID.eq(accountId)).forUpdate()
                .fetchOptional(VaultRepository::entryRow);
    }

    void insertEntry(EntryRow entry, Instant at) {
        var insert = db.insertInto(VAULT_ENTRY)
                .set(VAULT_ENTRY.ACCOUNT_ID, entry.accountId())
                .set(VAULT_ENTRY.DATA_KEY_ID, entry.dataKeyId())
                .set(VAULT_ENTRY.LOCK_VERSION, entry.lockVersion())
                .set(VAULT_ENTRY.UPDATED_AT, at);
        COLUMNS.forEach((field, column) -> insert.set(column, entry.sealed().get(field)));
        insert.execute();
    }

    /** Replaces every sealed field and the key; @return false when the lock version is not {@code expectedVersion} */
    boolean updateEntry(EntryRow entry, int expectedVersion, Instant at) {
        var update = db.update(VAULT_ENTRY)
                .set(VAULT_ENTRY.DATA_KEY_ID, entry.dataKeyId())
                .set(VAULT_ENTRY.LOCK_VERSION, entry.lockVersion())
                .set(VAULT_ENTRY.UPDATED_AT, at);
        COLUMNS.forEach((field, column) -> update.set(column, entry.sealed().get(field)));
        return update.where(VAULT_ENTRY.ACCOUNT_ID.eq(entry.accountId()))
                .and(VAULT_ENTRY.LOCK_VERSION.eq(expectedVersion)).execute() == 1;
    }

    /**
     * The keys a cohort's erasure destroys (issue 14, D1): the cohort's key and its members' own keys (an entry saved
     * while the cohort was forming may still be under one), live or destroyed.
     */
    private org.jooq.Condition keysOfCohort(long cohortId) {
        return DATA_KEY.SCOPE.eq(DataKeyScope.COHORT).and(DATA_KEY.SCOPE_ID.eq(cohortId))
                .or(DATA_KEY.SCOPE.eq(DataKeyScope.PERSON).and(DATA_KEY.SCOPE_ID.in(
                        db.select(PRIVACY_COHORT_MEMBER.RESIDENT_ID).from(PRIVACY_COHORT_MEMBER)
                                .where(PRIVACY_COHORT_MEMBER.COHORT_ID.eq(cohortId)))));
    }

    List<KeyRow> liveKeysOfCohort(long cohortId, int limit) {
        return db.selectFrom(DATA_KEY).where(keysOfCohort(cohortId)).and(DATA_KEY.WRAPPED.isNotNull())
                .orderBy(DATA_KEY.ID).limit(limit).forUpdate().fetch(VaultRepository::keyRow);
    }

    int countLiveKeysOfCohort(long cohortId) {
        return db.fetchCount(DATA_KEY, keysOfCohort(cohortId).and(DATA_KEY.WRAPPED.isNotNull()));
    }

    private org.jooq.Condition entryUnderKeysOfCohort(long cohortId) {
        return VAULT_ENTRY.DATA_KEY_ID.in(db.select(DATA_KEY.ID).from(DATA_KEY).where(keysOfCohort(cohortId)));
    }

    /** Whether the resident's entry is sealed under one of the cohort's keys, i.e. is erased with the cohort. */
    boolean entryUnderKeysOfCohort(long cohortId, long accountId) {
        return db.fetchExists(VAULT_ENTRY, entryUnderKeysOfCohort(cohortId).and(VAULT_ENTRY.ACCOUNT_ID.eq(accountId)));
    }

    /** The entries of these residents that are sealed under one of the cohort's keys. */
    List<EntryRow> entriesUnderKeysOfCohort(long cohortId, List<Long> accountIds) {
        List<EntryRow> entries = new java.util.ArrayList<>(accountIds.size());
        for (int i = 0; i < accountIds.size(); i += 1000) {
            entries.addAll(db.selectFrom(VAULT_ENTRY).where(entryUnderKeysOfCohort(cohortId))
                    .and(VAULT_ENTRY.ACCOUNT_ID.in(accountIds.subList(i, Math.min(accountIds.size(), i + 1000))))
                    .fetch(VaultRepository::entryRow));
        }
        return entries;
    }

    int countEntriesOfCohort(long cohortId) {
        return db.fetchCount(VAULT_ENTRY, entryUnderKeysOfCohort(cohortId));
    }

    /** Deletes up to {@code limit} entries sealed under the cohort's keys; @return the residents whose entry went. */
    List<Long> deleteEntriesOfCohort(long cohortId, int limit) {
        List<Long> ids = db.select(VAULT_ENTRY.ACCOUNT_ID).from(VAULT_ENTRY).where(entryUnderKeysOfCohort(cohortId))
                .orderBy(VAULT_ENTRY.ACCOUNT_ID).limit(limit).forUpdate().fetch(VAULT_ENTRY.ACCOUNT_ID);
        if (!ids.isEmpty()) {
            db.deleteFrom(VAULT_ENTRY).where(VAULT_ENTRY.ACCOUNT_ID.in(ids)).execute();
        }
        return ids;
    }

    private static KeyRow keyRow(jp.akapen.db.tables.records.DataKeyRecord r) {
        return new KeyRow(r.getId(), KeyScope.valueOf(r.getScope().name()), r.getScopeId(), r.getWrapped(),
                r.getMasterKey(), r.getDestroyedAt());
    }

    private static EntryRow entryRow(VaultEntryRecord r) {
        Map<PersonalData.Field, byte[]> sealed = new EnumMap<>(PersonalData.Field.class);
        COLUMNS.forEach((field, column) -> {
            byte[] bytes = r.get(column);
            if (bytes != null) {
                sealed.put(field, bytes);
            }
        });
        return new EntryRow(r.getAccountId(), r.getDataKeyId(), sealed, r.getLockVersion());
    }
}
