package jp.akapen.privacy.vault.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Seed D1 through P11: once a cohort is delivered its personal data is erased by destroying its data key. */
class CryptoShreddingTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final FieldCipher cipher = new FieldCipher();
    private final MasterKey master = MasterKey.generate(RANDOM);
    /** The table of wrapped data keys, as the database would hold it. */
    private final Map<String, byte[]> wrappedKeys = new HashMap<>();

    @Test
    void after_a_cohorts_data_key_is_destroyed_an_old_backup_of_its_fields_cannot_be_read_with_anything_left() {
        DataKey cohort12 = newCohort("cohort:12");
        DataKey cohort13 = newCohort("cohort:13");
        byte[] backup = cipher.encrypt(cohort12, "山田 太郎", "person:42/field:full_name");
        assertThat(cipher.decrypt(open("cohort:12"), backup, "person:42/field:full_name")).isEqualTo("山田 太郎");

        // shredding: the wrapped key is deleted and the key in memory zeroed; the backup and the master key remain
        wrappedKeys.remove("cohort:12");
        cohort12.destroy();

        assertThat(wrappedKeys).doesNotContainKey("cohort:12");
        assertThatThrownBy(() -> cipher.decrypt(cohort12, backup, "person:42/field:full_name"))
                .isInstanceOf(IllegalStateException.class);
        // every key that can still be had: other cohorts' keys, and any wrapped key left, unwrapped as cohort 12
        List<DataKey> survivors = List.of(cohort13, open("cohort:13"), DataKey.generate(RANDOM));
        for (DataKey survivor : survivors) {
            assertThatThrownBy(() -> cipher.decrypt(survivor, backup, "person:42/field:full_name"))
                    .isInstanceOf(VaultException.class);
        }
        for (byte[] left : wrappedKeys.values()) {
            assertThatThrownBy(() -> DataKey.unwrap(WrappedKey.fromBytes(left), master, "cohort:12"))
                    .isInstanceOf(VaultException.class);
        }
        // a new cohort under the same id gets a new key, which does not read the old data either
        DataKey reborn = newCohort("cohort:12");
        assertThatThrownBy(() -> cipher.decrypt(reborn, backup, "person:42/field:full_name"))
                .isInstanceOf(VaultException.class);
    }

    @Test
    void a_backup_that_still_holds_the_wrapped_key_is_unreadable_once_the_master_key_it_was_wrapped_under_is_retired() {
        DataKey cohort12 = newCohort("cohort:12");
        DataKey cohort13 = newCohort("cohort:13");
        byte[] sealed12 = cipher.encrypt(cohort12, "文京区本郷七丁目", "person:42/field:address");
        byte[] sealed13 = cipher.encrypt(cohort13, "hanako@example.jp", "person:43/field:email");
        Map<String, byte[]> oldBackup = Map.copyOf(wrappedKeys);

        // cohort 12 is shredded, then the master key rotated: survivors re-wrapped, the old master key destroyed
        wrappedKeys.remove("cohort:12");
        cohort12.destroy();
        MasterKey next = MasterKey.generate(RANDOM);
        wrappedKeys.replaceAll((id, bytes) -> DataKey.unwrap(WrappedKey.fromBytes(bytes), master, id).wrap(next, id).toBytes());
        master.destroy();

        assertThat(cipher.decrypt(DataKey.unwrap(WrappedKey.fromBytes(wrappedKeys.get("cohort:13")), next, "cohort:13"),
                sealed13, "person:43/field:email")).isEqualTo("hanako@example.jp");
        assertThatThrownBy(() -> DataKey.unwrap(WrappedKey.fromBytes(oldBackup.get("cohort:12")), next, "cohort:12"))
                .isInstanceOf(VaultException.class);
        assertThatThrownBy(() -> DataKey.unwrap(WrappedKey.fromBytes(oldBackup.get("cohort:12")), master, "cohort:12"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(sealed12).isNotEmpty();
    }

    private DataKey newCohort(String keyId) {
        DataKey key = DataKey.generate(RANDOM);
        wrappedKeys.put(keyId, key.wrap(master, keyId).toBytes());
        return key;
    }

    private DataKey open(String keyId) {
        return DataKey.unwrap(WrappedKey.fromBytes(wrappedKeys.get(keyId)), master, keyId);
    }
}
