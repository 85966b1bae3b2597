package jp.akapen.privacy.vault;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.akapen.privacy.vault.VaultRepository.EntryRow;
import jp.akapen.privacy.vault.VaultRepository.KeyRow;
import jp.akapen.privacy.vault.crypto.DataKey;
import jp.akapen.privacy.vault.crypto.FieldCipher;
import jp.akapen.privacy.vault.crypto.MasterKey;
import jp.akapen.privacy.vault.crypto.VaultException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The vault's mechanics (seed P1, P5, P11): which data key a resident's entry belongs under, sealing and opening
 * fields with {@link FieldCipher} (associated data {@code person:<id>/field:<column>}), and moving entries between
 * keys. No authorisation and no audit here: every method is package-private, and {@link PersonalDataService} is the
 * only caller that hands values out.
 *
 * <p>A resident's key is the key of the latest cohort they were recruited into; until they join one, a key of
 * their own (scope PERSON). When a cohort forms, its residents' entries are sealed again under the cohort key and
 * their person keys destroyed, so that destroying the cohort key erases every entry of the cohort.
 */
@Component
class Vault {

    /** What one entry holds once opened. {@code data} holds only the fields asked for. */
    record Opened(VaultState state, PersonalData data, int version) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final VaultRepository repository;
    private final CohortMemberRepository cohorts;
    private final MasterKeyRing masters;
    private final FieldCipher cipher = new FieldCipher();
    private final Clock clock;

    Vault(VaultRepository repository, CohortMemberRepository cohorts, MasterKeyRing masters, Clock clock) {
        this.repository = repository;
        this.cohorts = cohorts;
        this.masters = masters;
        this.clock = clock;
    }

    boolean hasEntry(long residentId) {
        return repository.hasEntry(residentId);
    }

    /** Opens only the fields asked for; the others stay sealed and are null in the result. */
    Opened open(long residentId, Set<PersonalData.Field> fields) {
        var entry = repository.entry(residentId);
        if (entry.isEmpty()) {
            return new Opened(VaultState.ABSENT, null, 0);
        }
        var opened = decrypt(entry.get(), fields);
        return opened.map(data -> new Opened(VaultState.READABLE, data, entry.get().lockVersion()))
                .orElseGet(() -> new Opened(VaultState.KEY_DESTROYED, null, entry.get().lockVersion()));
    }

    /**
     * Replaces the entry with {@code data} under the resident's current key.
     *
     * @return the field names whose values changed (every field when the old values cannot be read) and the new
     *     version
     * @throws PersonalDataException.Stale when the entry's version is not {@code expectedVersion}
     * @throws PersonalDataException when the resident's key was destroyed (their cohort's data has been erased)
     */
    Saved save(long residentId, PersonalData data, int expectedVersion) {
        var current = repository.entryForUpdate(residentId);
        int version = current.map(EntryRow::lockVersion).orElse(0);
        if (version != expectedVersion) {
            throw new PersonalDataException.Stale();
        }
        KeyRow target = targetKey(residentId);
        if (target.destroyed()) {
            throw new PersonalDataException("privacy.error.key-destroyed");
        }
        Set<PersonalData.Field> changed = EnumSet.noneOf(PersonalData.Field.class);
        PersonalData before = current.flatMap(e -> decrypt(e, EnumSet.allOf(PersonalData.Field.class))).orElse(null);
        for (PersonalData.Field field : PersonalData.Field.values()) {
            if (before == null ? data.get(field) != null || current.isPresent()
                    : !java.util.Objects.equals(before.get(field), data.get(field))) {
                changed.add(field);
            }
        }
        boolean sameKey = current.map(e -> e.dataKeyId() == target.id()).orElse(false);
        if (changed.isEmpty() && sameKey) {
            return new Saved(changed, version);
        }
        var sealed = seal(residentId, data, target);
        var row = new EntryRow(residentId, target.id(), sealed, version + 1);
        if (current.isEmpty()) {
            try {
                repository.insertEntry(row, clock.instant());
            } catch (DuplicateKeyException e) {
                throw new PersonalDataException.Stale();
            }
        } else if (!repository.updateEntry(row, expectedVersion, clock.instant())) {
            throw new PersonalDataException.Stale();
        }
        current.ifPresent(e -> retirePersonKey(e.dataKeyId(), target));
        return new Saved(changed, version + 1);
    }

    record Saved(Set<PersonalData.Field> changed, int version) {
    }

    /**
     * Records the cohort's members, makes sure the cohort has a data key (a cohort formed without residents who gave
     * data still gets one), seals each member's entry again under it and destroys the person keys this leaves
     * unused. Entries whose old key was destroyed stay as they are: unreadable.
     */
    void cohortFormed(long cohortId, int fiscalYear, Collection<Long> residentIds) {
        cohorts.add(cohortId, fiscalYear, residentIds);
        ensureKey(KeyScope.COHORT, cohortId);
        resealUnderCurrentKeys(residentIds);
    }

    private void resealUnderCurrentKeys(Collection<Long> residentIds) {
        for (long residentId : residentIds) {
            var entry = repository.entryForUpdate(residentId);
            KeyRow target = targetKey(residentId);
            if (entry.isEmpty() || entry.get().dataKeyId() == target.id() || target.destroyed()) {
                continue;
            }
            var data = decrypt(entry.get(), EnumSet.allOf(PersonalData.Field.class));
            if (data.isEmpty()) {
                continue;
            }
            var row = new EntryRow(residentId, target.id(), seal(residentId, data.get(), target),
                    entry.get().lockVersion());
            // the values are the same, so the version stays: a form opened before still saves
            repository.updateEntry(row, entry.get().lockVersion(), clock.instant());
            retirePersonKey(entry.get().dataKeyId(), target);
        }
    }

    /** @return the destroyed key, or empty if the cohort had none or it was destroyed before */
    Optional<KeyRow> destroyCohortKey(long cohortId) {
        var key = repository.keyForUpdate(KeyScope.COHORT, cohortId);
        if (key.isEmpty() || !repository.destroyKey(key.get().id(), clock.instant())) {
            return Optional.empty();
        }
        // A member's first save that ran while the cohort was being formed sealed under the member's own key
        // (the cohort was not yet visible to it) and the re-sealing did not see that entry yet: erase those too.
        for (long member : cohorts.membersOf(cohortId)) {
            repository.key(KeyScope.PERSON, member).filter(k -> !k.destroyed())
                    .ifPresent(k -> repository.destroyKey(k.id(), clock.instant()));
        }
        return key;
    }

    /**
     * Unwraps every live key once, {@code pageSize} at a time: a wrong master key is found at start-up, not at the
     * first read. A key from before V015 gets the fingerprint of the master key that opened it.
     *
     * @return how many keys were opened
     */
    int checkMasterKey(int pageSize) {
        int checked = 0;
        long afterId = 0;
        while (true) {
            var keys = repository.liveKeysAfter(afterId, pageSize);
            for (KeyRow key : keys) {
                var opened = masters.open(key.wrapped(), key.masterKey(), key.keyId());
                opened.key().destroy();
                if (key.masterKey() == null) {
                    repository.recordMasterKey(key.id(), opened.by().fingerprint());
                }
            }
            checked += keys.size();
            if (keys.size() < pageSize) {
                return checked;
            }
            afterId = keys.getLast().id();
        }
    }

    /** A file's bytes sealed under its own key ({@code part}: what of the file, bound into the tag). */
    byte[] sealFile(long fileId, String part, byte[] plaintext) {
        DataKey key = unwrap(ensureKey(KeyScope.FILE, fileId)).orElseThrow(() -> new VaultException(
                "The key of file " + fileId + " was destroyed"));
        try {
            return cipher.encryptBytes(key, plaintext, fileAad(fileId, part));
        } finally {
            key.destroy();
        }
    }

    /** Empty when the file's key was destroyed. */
    Optional<byte[]> openFile(long fileId, String part, byte[] sealed) {
        var key = repository.key(KeyScope.FILE, fileId).flatMap(this::unwrap);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(cipher.decryptBytes(key.get(), sealed, fileAad(fileId, part)));
        } finally {
            key.get().destroy();
        }
    }

    static String fileAad(long fileId, String part) {
        return "file:" + fileId + "/" + part;
    }

    private KeyRow targetKey(long residentId) {
        return cohorts.latestCohortOf(residentId).map(cohortId -> ensureKey(KeyScope.COHORT, cohortId))
                .orElseGet(() -> ensureKey(KeyScope.PERSON, residentId));
    }

    KeyRow ensureKey(KeyScope scope, long scopeId) {
        var existing = repository.keyForUpdate(scope, scopeId);
        if (existing.isPresent()) {
            return existing.get();
        }
        DataKey key = DataKey.generate(RANDOM);
        try {
            MasterKey master = masters.current();
            byte[] wrapped = key.wrap(master, scope.keyId(scopeId)).toBytes();
            long id = repository.insertKey(scope, scopeId, wrapped, master.fingerprint(), clock.instant());
            return new KeyRow(id, scope, scopeId, wrapped, master.fingerprint(), null);
        } finally {
            key.destroy();
        }
    }

    /** A person key whose one entry now lives under a cohort key is no longer needed: destroy it. */
    private void retirePersonKey(long oldKeyId, KeyRow target) {
        if (oldKeyId == target.id()) {
            return;
        }
        repository.key(oldKeyId).filter(k -> k.scope() == KeyScope.PERSON && !k.destroyed())
                .ifPresent(k -> repository.destroyKey(k.id(), clock.instant()));
    }

    private Map<PersonalData.Field, byte[]> seal(long residentId, PersonalData data, KeyRow target) {
        DataKey key = unwrap(target).orElseThrow();
        try {
            Map<PersonalData.Field, byte[]> sealed = new EnumMap<>(PersonalData.Field.class);
            for (PersonalData.Field field : PersonalData.Field.values()) {
                String value = data.get(field);
                if (value != null) {
                    sealed.put(field, cipher.encrypt(key, value, aad(residentId, field)));
                }
            }
            return sealed;
        } finally {
            key.destroy();
        }
    }

    /** Empty when the entry's key was destroyed. */
    private Optional<PersonalData> decrypt(EntryRow entry, Set<PersonalData.Field> fields) {
        var keyRow = repository.key(entry.dataKeyId()).orElseThrow();
        var key = unwrap(keyRow);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(decrypt(entry, fields, key.get()));
        } finally {
            key.get().destroy();
        }
    }

    private PersonalData decrypt(EntryRow entry, Set<PersonalData.Field> fields, DataKey key) {
        Map<PersonalData.Field, String> values = new EnumMap<>(PersonalData.Field.class);
        for (PersonalData.Field field : fields) {
            byte[] sealed = entry.sealed().get(field);
            if (sealed != null) {
                values.put(field, cipher.decrypt(key, sealed, aad(entry.accountId(), field)));
            }
        }
        return new PersonalData(values.get(PersonalData.Field.FULL_NAME), values.get(PersonalData.Field.FURIGANA),
                values.get(PersonalData.Field.ADDRESS), values.get(PersonalData.Field.EMAIL),
                values.get(PersonalData.Field.PHONE));
    }

    /**
     * Opens many entries, each data key unwrapped once (and destroyed after): by resident, only those whose key is
     * still there.
     */
    Map<Long, PersonalData> openAll(List<EntryRow> entries, Set<PersonalData.Field> fields) {
        Map<Long, Optional<DataKey>> keys = new java.util.HashMap<>();
        Map<Long, PersonalData> opened = new java.util.LinkedHashMap<>();
        try {
            for (EntryRow entry : entries) {
                var key = keys.computeIfAbsent(entry.dataKeyId(),
                        id -> unwrap(repository.key(id).orElseThrow()));
                key.ifPresent(k -> opened.put(entry.accountId(), decrypt(entry, fields, k)));
            }
        } finally {
            keys.values().forEach(k -> k.ifPresent(DataKey::destroy));
        }
        return opened;
    }

    Optional<DataKey> unwrap(KeyRow row) {
        if (row.destroyed()) {
            return Optional.empty();
        }
        return Optional.of(masters.open(row.wrapped(), row.masterKey(), row.keyId()).key());
    }

    static String aad(long residentId, PersonalData.Field field) {
        return "person:" + residentId + "/field:" + field.column();
    }
}
