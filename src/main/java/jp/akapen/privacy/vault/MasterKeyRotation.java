package jp.akapen.privacy.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import jp.akapen.privacy.vault.crypto.DataKey;
import jp.akapen.privacy.vault.crypto.MasterKey;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-wraps every live data key (the cohorts', the persons' and the one that seals TOTP secrets) under a new master
 * key (seed P11; issue 24). Resumable: each key is re-wrapped in a transaction of its own that locks its row, checks
 * which master key the row names and sets the new one in the same UPDATE, so a run killed at any point leaves every
 * row wrapped once, under the old key or the new, and a second run picks up exactly the rows left. The new key is
 * adopted before the first row: data keys created meanwhile are wrapped under it, and this instance opens both kinds
 * throughout. Each run is audited when it starts (how many keys are pending) and when it finishes (how many it
 * re-wrapped, how many remain).
 */
@Component
class MasterKeyRotation {

    /** Where a run is reported: the audit log in the portal. */
    interface Report {

        void started(String to, List<String> from, int pending);

        void finished(String to, int rewrapped, int remaining);
    }

    record Result(String to, int pending, int rewrapped, int remaining) {
    }

    static final int PAGE = 500;

    private final VaultRepository keys;
    private final MasterKeyRing masters;
    private final TransactionTemplate perRow;
    private final Report report;

    MasterKeyRotation(VaultRepository keys, MasterKeyRing masters, PlatformTransactionManager transactions,
            Report report) {
        this.keys = keys;
        this.masters = masters;
        this.perRow = new TransactionTemplate(transactions);
        this.perRow.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.report = report;
    }

    /** @param progress told the running count after each key re-wrapped */
    Result rotateTo(MasterKey target, IntConsumer progress) {
        masters.adopt(target);
        String to = target.fingerprint();
        int pending = perRow.execute(status -> keys.countLiveNotUnder(to));
        List<String> from = perRow.execute(status -> new ArrayList<>(keys.masterKeysOtherThan(to)));
        report.started(to, from, pending);
        int rewrapped = 0;
        long afterId = 0;
        while (true) {
            long after = afterId;
            List<Long> page = perRow.execute(status -> keys.liveKeyIdsNotUnder(to, after, PAGE));
            for (long id : page) {
                if (Boolean.TRUE.equals(perRow.execute(status -> rewrap(id, target)))) {
                    progress.accept(++rewrapped);
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            afterId = page.getLast();
        }
        int remaining = perRow.execute(status -> keys.countLiveNotUnder(to));
        report.finished(to, rewrapped, remaining);
        return new Result(to, pending, rewrapped, remaining);
    }

    /** @return false when the row was destroyed or already under {@code target} (another run got there first) */
    private boolean rewrap(long id, MasterKey target) {
        var row = keys.keyForUpdate(id);
        if (row.isEmpty() || row.get().destroyed() || target.fingerprint().equals(row.get().masterKey())) {
            return false;
        }
        var opened = masters.open(row.get().wrapped(), row.get().masterKey(), row.get().keyId());
        DataKey key = opened.key();
        try {
            byte[] wrapped = key.wrap(target, row.get().keyId()).toBytes();
            return keys.rewrap(id, row.get().masterKey(), wrapped, target.fingerprint());
        } finally {
            key.destroy();
        }
    }
}
