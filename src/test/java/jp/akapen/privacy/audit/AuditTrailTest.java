package jp.akapen.privacy.audit;

import static jp.akapen.db.Tables.AUDIT_EVENT;
import static jp.akapen.db.Tables.NOTICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.akapen.AkapenSpringTest;
import jp.akapen.privacy.audit.chain.AuditEvent;
import jp.akapen.shared.Roles;
import jp.akapen.shared.notification.NotificationService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit writer on the real database (seed P4): one unbroken chain, whatever the transactions do. */
@AkapenSpringTest
class AuditTrailTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditRepository repository;

    @Autowired
    AuditChainCheck check;

    @Autowired
    NotificationService notices;

    @Autowired
    DSLContext db;

    @Autowired
    PlatformTransactionManager transactions;

    static final AuditActor SOMEONE = new AuditActor(7L, Roles.WARD_STAFF);

    TransactionTemplate newTransaction() {
        var template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    long lastSeq() {
        return repository.last().map(AuditEvent::seq).orElse(0L);
    }

    List<AuditEvent> after(long seq) {
        return repository.find(AUDIT_EVENT.SEQ.gt(seq), 0, 100_000).reversed();
    }

    static AuditEntry entry(String id) {
        return AuditEntry.of(AuditAction.PERSONAL_DATA_READ, "personal_data", id, List.of("full_name"));
    }

    @Test
    void concurrent_writers_who_read_before_writing_leave_one_intact_chain_with_consecutive_seqs() throws Exception {
        long before = lastSeq();
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<?>>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    int n = i;
                    newTransaction().executeWithoutResult(status -> {
                        // a read first fixes this transaction's snapshot before others commit (P4 writer must not reuse a seq)
                        repository.countAll();
                        Thread.onSpinWait();
                        trail.record(entry(thread + "-" + n), SOMEONE);
                    });
                }
                return null;
            }));
        }
        start.countDown();
        for (var f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        var written = after(before);
        assertThat(written).hasSize(threads * each);
        for (int i = 0; i < written.size(); i++) {
            assertThat(written.get(i).seq()).isEqualTo(before + 1 + i);
        }
        assertThat(check.verify().intact()).isTrue();
    }

    @Test
    void many_entries_recorded_at_once_are_all_stored_in_order_on_one_intact_chain() {
        long before = lastSeq();
        List<AuditEntry> reads = new ArrayList<>();
        for (int i = 0; i < 1_201; i++) { // more than two statements' worth of rows
            reads.add(entry("bulk-" + i));
        }
        newTransaction().executeWithoutResult(status -> trail.recordAll(reads, SOMEONE));

        var written = after(before);
        assertThat(written).hasSize(1_201);
        for (int i = 0; i < written.size(); i++) {
            assertThat(written.get(i).seq()).isEqualTo(before + 1 + i);
            assertThat(written.get(i).objectId()).isEqualTo("bulk-" + i);
        }
        assertThat(check.verify().intact()).isTrue();
    }

    @Test
    void an_entry_rolled_back_leaves_no_gap_in_the_chain() {
        long before = lastSeq();
        newTransaction().executeWithoutResult(status -> {
            trail.record(entry("rolled-back"), SOMEONE);
            status.setRollbackOnly();
        });
        var kept = newTransaction().execute(status -> trail.record(entry("kept"), SOMEONE));

        assertThat(kept.seq()).isEqualTo(before + 1);
        assertThat(after(before)).extracting(AuditEvent::objectId).containsExactly("kept");
        assertThat(check.verify().intact()).isTrue();
    }

    @Test
    void an_action_and_its_entry_are_stored_together_or_not_at_all() {
        long before = lastSeq();
        String key = "audit.test.together";
        newTransaction().executeWithoutResult(status -> {
            notices.notifyRole(Roles.WARD_STAFF, key, null, "rolled back");
            trail.record(entry("together-1"), SOMEONE);
            status.setRollbackOnly();
        });
        assertThat(db.fetchCount(NOTICE, NOTICE.MESSAGE_KEY.eq(key))).isZero();
        assertThat(after(before)).isEmpty();

        newTransaction().executeWithoutResult(status -> {
            notices.notifyRole(Roles.WARD_STAFF, key, null, "committed");
            trail.record(entry("together-2"), SOMEONE);
        });
        assertThat(db.fetchCount(NOTICE, NOTICE.MESSAGE_KEY.eq(key))).isEqualTo(1);
        assertThat(after(before)).extracting(AuditEvent::objectId).containsExactly("together-2");
    }

    @Test
    void a_denial_stays_when_the_denied_action_rolls_back() {
        long before = lastSeq();
        newTransaction().executeWithoutResult(status -> {
            notices.notifyRole(Roles.WARD_STAFF, "audit.test.denied", null, "x");
            trail.recordDenied(entry("denied-alone"));
            status.setRollbackOnly();
        });
        assertThat(after(before)).singleElement().satisfies(e -> {
            assertThat(e.objectId()).isEqualTo("denied-alone");
            assertThat(e.outcome()).isEqualTo("DENIED");
        });
    }

    @Test
    void a_denial_after_an_entry_of_the_same_transaction_waits_for_its_end_instead_of_for_ever() {
        long before = lastSeq();
        var deferred = newTransaction().execute(status -> {
            trail.record(entry("read-then-rolled-back"), SOMEONE);
            var denied = trail.recordDenied(entry("denied-afterwards"));
            status.setRollbackOnly();
            return denied;
        });
        assertThat(deferred).as("written after the transaction, not in it").isNull();
        assertThat(after(before)).singleElement().satisfies(e -> {
            assertThat(e.objectId()).isEqualTo("denied-afterwards");
            assertThat(e.seq()).isEqualTo(before + 1);
        });
        assertThat(check.verify().intact()).isTrue();
    }
}
