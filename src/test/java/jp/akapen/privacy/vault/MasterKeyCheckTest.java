package jp.akapen.privacy.vault;

import static jp.akapen.db.Tables.DATA_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import jp.akapen.AkapenSpringTest;
import jp.akapen.db.enums.DataKeyScope;
import jp.akapen.privacy.vault.crypto.DataKey;
import jp.akapen.privacy.vault.crypto.MasterKey;
import jp.akapen.privacy.vault.crypto.VaultException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** P11, issue 24: start-up opens every stored data key, however many there are, so a wrong master key stops it. */
@AkapenSpringTest
class MasterKeyCheckTest {

    @Autowired
    Vault vault;

    @Autowired
    DSLContext db;

    @Autowired
    MasterKey master;

    /** A person key of this test's own, wrapped under {@code wrapper}; {@code named}: with its master key's fingerprint. */
    long insertKey(MasterKey wrapper, boolean named) {
        long scopeId = -1 - new SecureRandom().nextInt(1_000_000);
        DataKey key = DataKey.generate(new SecureRandom());
        byte[] wrapped = key.wrap(wrapper, KeyScope.PERSON.keyId(scopeId)).toBytes();
        key.destroy();
        return db.insertInto(DATA_KEY).set(DATA_KEY.SCOPE, DataKeyScope.PERSON).set(DATA_KEY.SCOPE_ID, scopeId)
                .set(DATA_KEY.WRAPPED, wrapped).set(DATA_KEY.MASTER_KEY, named ? wrapper.fingerprint() : null)
                .set(DATA_KEY.CREATED_AT, Instant.now())
                .returning(DATA_KEY.ID).fetchOne(DATA_KEY.ID);
    }

    @Test
    void every_live_key_is_opened_however_many_pages_it_takes_and_keys_from_before_v015_get_their_master_key_named() {
        List<Long> ours = List.of(insertKey(master, true), insertKey(master, false), insertKey(master, false));
        try {
            int live = db.fetchCount(DATA_KEY, DATA_KEY.WRAPPED.isNotNull());
            assertThat(live).as("more keys than one page").isGreaterThan(2);

            assertThat(vault.checkMasterKey(2)).isEqualTo(live);

            assertThat(db.select(DATA_KEY.MASTER_KEY).from(DATA_KEY).where(DATA_KEY.ID.in(ours)).fetch(DATA_KEY.MASTER_KEY))
                    .containsOnly(master.fingerprint());
        } finally {
            db.deleteFrom(DATA_KEY).where(DATA_KEY.ID.in(ours)).execute();
        }
    }

    @Test
    void a_key_naming_a_master_key_this_instance_lacks_stops_the_check_and_names_the_rotation_command() {
        long id = insertKey(MasterKey.generate(new SecureRandom()), true);
        try {
            assertThatThrownBy(() -> vault.checkMasterKey(1000)).isInstanceOf(VaultException.class)
                    .hasMessageContaining("rotate-master-key").hasMessageContaining("previous-master-key-file");
        } finally {
            db.deleteFrom(DATA_KEY).where(DATA_KEY.ID.eq(id)).execute();
        }
    }

    @Test
    void a_key_wrapped_under_another_master_key_stops_the_check_even_after_the_first_page() {
        long scopeId = -1 - new SecureRandom().nextInt(1_000_000);
        DataKey key = DataKey.generate(new SecureRandom());
        byte[] foreign = key.wrap(MasterKey.generate(new SecureRandom()), KeyScope.PERSON.keyId(scopeId)).toBytes();
        key.destroy();
        long id = db.insertInto(DATA_KEY).set(DATA_KEY.SCOPE, DataKeyScope.PERSON).set(DATA_KEY.SCOPE_ID, scopeId)
                .set(DATA_KEY.WRAPPED, foreign).set(DATA_KEY.CREATED_AT, Instant.now())
                .returning(DATA_KEY.ID).fetchOne(DATA_KEY.ID);
        try {
            assertThatThrownBy(() -> vault.checkMasterKey(2)).isInstanceOf(VaultException.class)
                    .hasMessageContaining("person:" + scopeId);
        } finally {
            db.deleteFrom(DATA_KEY).where(DATA_KEY.ID.eq(id)).execute();
        }
    }
}
