package jp.akapen.bench;

import java.security.SecureRandom;
import jp.akapen.privacy.vault.RotationRig;
import jp.akapen.privacy.vault.crypto.MasterKey;
import jp.akapen.shared.db.DatabaseAccounts;
import jp.akapen.shared.db.EmbeddedMariaDb;

/**
 * P11 / issue 24 benchmark, prints figures and asserts nothing: how long a master-key rotation takes for 10,000 data
 * keys on the embedded MariaDB, one transaction per key (lock the row, unwrap, wrap, update, commit with the
 * server's durable flush), as the {@code rotate-master-key} command does once the portal has started. The
 * rotation's own classes run on the portal's database account without the rest of the portal (its two audit
 * entries are left out: two inserts beside 10,000 transactions).
 *
 * <p>Run: {@code .ci/mvn -q -Pbench -DskipTests test} (all benchmarks), or this one alone:
 * {@code .ci/mvn -q -Pbench -DskipTests test-compile exec:exec@master-key-rotation-benchmark}. System property
 * {@code bench.keys} (default 10,000).
 */
public final class MasterKeyRotationBenchmark {

    public static void main(String[] args) {
        int keys = Integer.getInteger("bench.keys", 10_000);
        var db = EmbeddedMariaDb.throwAway();
        try {
            db.migrate();
            String[] account = DatabaseAccounts.app(db);
            var rig = new RotationRig(account[0], account[1], account[2]);
            MasterKey old = MasterKey.generate(new SecureRandom());
            MasterKey fresh = MasterKey.generate(new SecureRandom());
            long start = System.nanoTime();
            rig.insertKeys(old, keys);
            long seeded = System.nanoTime() - start;
            start = System.nanoTime();
            int rewrapped = rig.rotate(old, fresh, n -> { }, line -> { });
            long rotated = System.nanoTime() - start;
            start = System.nanoTime();
            int again = rig.rotate(old, fresh, n -> { }, line -> { });
            long rerun = System.nanoTime() - start;
            System.out.printf("master-key rotation: %,d data keys (seeded in %.1f s) re-wrapped in %.1f s (%.2f ms per"
                    + " key); a second run re-wrapped %d in %.2f s%n", rewrapped, seeded / 1e9, rotated / 1e9,
                    rotated / 1e6 / Math.max(1, rewrapped), again, rerun / 1e9);
        } finally {
            db.stop();
        }
    }
}
