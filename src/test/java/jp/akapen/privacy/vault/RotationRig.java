package jp.akapen.privacy.vault;

import static jp.akapen.db.Tables.DATA_KEY;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import jp.akapen.db.enums.DataKeyScope;
import jp.akapen.privacy.vault.crypto.DataKey;
import jp.akapen.privacy.vault.crypto.MasterKey;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The rotation's own classes on a bare database, without the portal around them, for the kill -9 test's child JVM,
 * the test itself and the benchmark: data keys to rotate, the rotation, and what a rotation left behind.
 */
public final class RotationRig {

    private final DSLContext db;
    private final DataSource dataSource;

    public RotationRig(String url, String user, String password) {
        this.dataSource = new DriverManagerDataSource(url, user, password);
        this.db = DSL.using(new TransactionAwareDataSourceProxy(dataSource), SQLDialect.MARIADB);
    }

    /** {@code count} person keys wrapped under {@code master}, every tenth without a named master key (pre-V015). */
    public void insertKeys(MasterKey master, int count) {
        var random = new SecureRandom();
        Long max = db.select(DSL.max(DATA_KEY.SCOPE_ID)).from(DATA_KEY).fetchOne(0, Long.class);
        long base = Math.max(max == null ? 0 : max, 0) + 1;
        var insert = db.insertInto(DATA_KEY, DATA_KEY.SCOPE, DATA_KEY.SCOPE_ID, DATA_KEY.WRAPPED, DATA_KEY.MASTER_KEY,
                DATA_KEY.CREATED_AT);
        for (int i = 0; i < count; i++) {
            long scopeId = base + i;
            DataKey key = DataKey.generate(random);
            byte[] wrapped = key.wrap(master, KeyScope.PERSON.keyId(scopeId)).toBytes();
            key.destroy();
            insert = insert.values(DataKeyScope.PERSON, scopeId, wrapped, i % 10 == 9 ? null : master.fingerprint(),
                    Instant.now());
            if (i % 1000 == 999 || i == count - 1) {
                insert.execute();
                insert = db.insertInto(DATA_KEY, DATA_KEY.SCOPE, DATA_KEY.SCOPE_ID, DATA_KEY.WRAPPED,
                        DATA_KEY.MASTER_KEY, DATA_KEY.CREATED_AT);
            }
        }
    }

    /** Re-wraps everything under {@code to}, knowing {@code from}; {@code report} gets the audit calls as text. */
    public int rotate(MasterKey from, MasterKey to, IntConsumer progress, java.util.function.Consumer<String> report) {
        var rotation = new MasterKeyRotation(new VaultRepository(db), new MasterKeyRing(from, List.of()),
                new DataSourceTransactionManager(dataSource), new MasterKeyRotation.Report() {

                    @Override
                    public void started(String target, List<String> sources, int pending) {
                        report.accept("started " + target + " from " + sources + " pending " + pending);
                    }

                    @Override
                    public void finished(String target, int rewrapped, int remaining) {
                        report.accept("finished " + target + " rewrapped " + rewrapped + " remaining " + remaining);
                    }
                });
        return rotation.rotateTo(to, progress).rewrapped();
    }

    /** Live key id → its wrapped bytes and the master key the row names. */
    public Map<Long, Map.Entry<String, byte[]>> liveKeys() {
        Map<Long, Map.Entry<String, byte[]>> keys = new HashMap<>();
        db.select(DATA_KEY.ID, DATA_KEY.MASTER_KEY, DATA_KEY.WRAPPED).from(DATA_KEY).where(DATA_KEY.WRAPPED.isNotNull())
                .forEach(r -> keys.put(r.value1(), Map.entry(r.value2() == null ? "" : r.value2(), r.value3())));
        return keys;
    }

    /** Opens the key with id {@code id} with exactly {@code master}; throws if it does not open. */
    public void open(long id, MasterKey master) {
        var row = new VaultRepository(db).key(id).orElseThrow();
        DataKey.unwrap(jp.akapen.privacy.vault.crypto.WrappedKey.fromBytes(row.wrapped()), master, row.keyId()).destroy();
    }
}
