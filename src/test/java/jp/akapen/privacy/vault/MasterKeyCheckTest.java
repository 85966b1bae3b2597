package jp.akapen.privacy.vault;

import static jp.akapen.db.Tables.DATA_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import jp.akapen.AkapenSpringTest;
import jp.akapen.db.enums.DataKeyScope;
import jp.akapen.privacy.vault.crypto.DataKey;
import jp.akapen.privacy.vault.crypto.MasterKey;
import jp.akapen.privacy.vault.crypto.VaultException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** P11: start-up opens every stored data key, however many there are, so a wrong master key stops it. */
@AkapenSpringTest
class MasterKeyCheckTest {

    @Autowired
    Vault vault;

    @Autowired
    DSLContext db;

    @Test
    void every_live_key_is_opened_however_many_pages_it_takes() {
        int live = db.fetchCount(DATA_KEY, DATA_KEY.WRAPPED.isNotNull());
        assertThat(live).as("the demo data gives more keys than one page").isGreaterThan(2);

        assertThat(vault.checkMasterKey(2)).isEqualTo(live);
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
