package jp.akapen.privacy.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditFilter;
import jp.akapen.privacy.audit.AuditLogService;
import jp.akapen.privacy.audit.AuditTampering;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.privacy.audit.ChainReport;
import jp.akapen.privacy.audit.ChainReport.Problem;
import jp.akapen.privacy.audit.chain.AuditChain;
import jp.akapen.privacy.audit.chain.AuditEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Tampering with the application's own audit log (seed P4, issue 5's tamper figures): what the
 * application's database user tries is refused by MariaDB; what only the database's owner could
 * do (lift a trigger first) is found by the verifier, which names the entry in the service and on
 * /audit. Each test puts the log back, so the chain is intact for the tests after it.
 */
@AkapenSpringTest
class AuditTamperTest extends SpringBrowserlessTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLogService log;

    @Autowired
    UserDetailsService users;

    AuditTampering tampering;
    List<AuditEvent> written;

    @BeforeEach
    void fourEntries() throws SQLException {
        TestSupport.signIn(users, "ward1");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        written = List.of(write("t1"), write("t2"), write("t3"), write("t4"));
        tampering = new AuditTampering(TestSupport.owner(context));
    }

    @AfterEach
    void theLogIsIntactAgain() throws SQLException {
        try {
            assertThat(tampering.triggersInPlace()).isTrue();
            TestSupport.signIn(users, "ward1");
            assertThat(log.verify().intact()).as("restored").isTrue();
        } finally {
            tampering.close();
        }
    }

    AuditEvent write(String id) {
        return trail.record(AuditEntry.of(AuditAction.PERSONAL_DATA_READ, "personal_data", id, List.of("address")));
    }

    long last() {
        return log.find(AuditFilter.ALL, 0, 1).getFirst().event().seq();
    }

    /** Verifies through /audit's button; the service's report and the verdict shown. */
    ChainReport verifyOnThePage(long seq, String problem) {
        var view = navigate(AuditView.class);
        var report = view.verify();
        assertThat(view.verdict()).isEqualTo("記録 " + seq + " で鎖が切れています: " + problem);
        return report;
    }

    @Test
    void the_application_user_cannot_update_delete_truncate_or_lift_a_trigger() throws SQLException {
        long seq = written.get(1).seq();
        try (var app = dataSource.getConnection(); var statement = app.createStatement()) {
            for (String sql : List.of("UPDATE audit_event SET outcome = 'FAILED' WHERE seq = " + seq,
                    "DELETE FROM audit_event WHERE seq = " + seq, "TRUNCATE TABLE audit_event",
                    "DROP TRIGGER audit_event_no_update", "ALTER TABLE audit_event ADD COLUMN x INT")) {
                assertThatThrownBy(() -> statement.execute(sql)).as(sql)
                        .isInstanceOf(SQLException.class).hasMessageContaining("denied");
            }
        }
        assertThat(log.find(new AuditFilter(null, null, null, null, null, "personal_data", "t2"), 0, 5))
                .extracting(r -> r.event()).contains(written.get(1));
    }

    @Test
    void even_the_owner_cannot_update_or_delete_an_entry_without_lifting_a_trigger() {
        long seq = written.get(1).seq();
        assertThatThrownBy(() -> tampering.execute("UPDATE audit_event SET outcome = 'FAILED' WHERE seq = ?", seq))
                .isInstanceOf(SQLException.class).hasMessageContaining("audit_event is append-only");
        assertThatThrownBy(() -> tampering.execute("DELETE FROM audit_event WHERE seq = ?", seq))
                .isInstanceOf(SQLException.class).hasMessageContaining("audit_event is append-only");
        assertThat(log.find(new AuditFilter(null, null, null, null, null, "personal_data", "t2"), 0, 5))
                .extracting(r -> r.event()).contains(written.get(1));
    }

    @Test
    void one_changed_byte_is_named_as_the_changed_entry() throws SQLException {
        long seq = written.get(1).seq();
        tampering.change(seq, "object_id", "t3");
        try {
            var report = verifyOnThePage(seq, "この記録の内容が書き換えられています。");
            assertThat(report.brokenSeq()).isEqualTo(seq);
            assertThat(report.problem()).isEqualTo(Problem.HASH_MISMATCH);
            assertThat(log.verify().brokenSeq()).as("the service alone").isEqualTo(seq);
        } finally {
            tampering.change(seq, "object_id", "t2");
        }
    }

    @Test
    void a_deleted_entry_is_named_by_the_entry_after_the_gap() throws SQLException {
        long seq = written.get(1).seq();
        tampering.delete(seq, seq);
        try {
            var report = verifyOnThePage(seq + 1, "この記録の前の記録が失われています。");
            assertThat(report.problem()).isEqualTo(Problem.MISSING_ENTRY);
        } finally {
            tampering.restore(Long.MAX_VALUE);
        }
    }

    @Test
    void an_entry_forged_in_place_of_another_is_named_by_the_entry_after_it() throws SQLException {
        long seq = written.get(1).seq();
        tampering.delete(seq, seq);
        var original = written.get(1);
        tampering.insert(AuditChain.seal(AuditEvent.unsealed(seq, original.at(), null, null, "PERSONAL_DATA_READ",
                "personal_data", "t2", List.of("address"), "SUCCESS", null, null), original.previousHash()));
        try {
            // a plain hash where the key seals every entry: found at the forged entry itself (issue 24)
            var report = verifyOnThePage(seq, "この記録の内容が書き換えられています。");
            assertThat(report.problem()).isEqualTo(Problem.HASH_MISMATCH);
            assertThat(report.proof()).isEqualTo(ChainReport.Proof.KEY);
        } finally {
            tampering.restore(Long.MAX_VALUE);
        }
    }

    /**
     * What a database administrator would do once the triggers are lifted (issue 24): change an entry, then recompute
     * every plain SHA-256 hash from it to the end, so that the plain chain is whole again. The key catches it there.
     */
    @Test
    void an_entry_rewritten_with_every_plain_hash_recomputed_after_it_is_still_caught_by_the_audit_key() throws SQLException {
        long seq = written.get(1).seq();
        var originals = log.find(AuditFilter.ALL, 0, 1000).stream().map(AuditLogService.Row::event)
                .filter(e -> e.seq() >= seq).sorted(java.util.Comparator.comparingLong(AuditEvent::seq)).toList();
        String previous = originals.getFirst().previousHash();
        for (AuditEvent e : originals) {
            var changed = e.seq() == seq ? new AuditEvent(e.seq(), e.at(), e.actorId(), e.actorRole(), e.action(),
                    e.objectType(), "t3", e.fields(), e.outcome(), e.sessionHash(), e.clientAddress(), null, null) : e;
            var resealed = AuditChain.seal(changed, previous);
            if (e.seq() == seq) {
                tampering.change(seq, "object_id", "t3");
            }
            tampering.change(e.seq(), "previous_hash", resealed.previousHash());
            tampering.change(e.seq(), "hash", resealed.hash());
            previous = resealed.hash();
        }
        try {
            var report = verifyOnThePage(seq, "この記録の内容が書き換えられています。");
            assertThat(report.proof()).isEqualTo(ChainReport.Proof.KEY);
            assertThat(report.keyedFromSeq()).isLessThanOrEqualTo(written.getFirst().seq());
            var view = navigate(AuditView.class);
            view.verify();
            assertThat(view.proof()).startsWith("監査鍵による証明").contains("記録 " + report.keyedFromSeq() + " 以降");
        } finally {
            tampering.restore(originals.getLast().seq() + 1); // the verifications' own entries, chained to the rewrite
            for (AuditEvent e : originals.reversed()) {
                tampering.change(e.seq(), "hash", e.hash());
                tampering.change(e.seq(), "previous_hash", e.previousHash());
            }
            tampering.change(seq, "object_id", "t2");
        }
    }

    @Test
    void an_entry_inserted_out_of_order_past_the_end_is_named() throws SQLException {
        var end = log.find(AuditFilter.ALL, 0, 1).getFirst().event();
        long forged = end.seq() + 2;
        tampering.insert(AuditChain.seal(AuditEvent.unsealed(forged, end.at(), null, null, "LOGIN_SUCCEEDED",
                "account", "1", null, "SUCCESS", null, null), end.hash()));
        try {
            var report = verifyOnThePage(forged, "この記録の前の記録が失われています。");
            assertThat(report.problem()).isEqualTo(Problem.MISSING_ENTRY);
        } finally {
            tampering.restore(forged);
        }
    }

    @Test
    void a_log_cut_short_at_its_end_still_chains_but_the_checkpoint_names_the_first_missing_entry() throws SQLException {
        assertThat(log.verify().intact()).isTrue();
        long checkpoint = last() - 1;
        long cutFrom = written.get(2).seq();
        tampering.delete(cutFrom, last());
        try {
            var report = verifyOnThePage(cutFrom, "この番号以降の記録が末尾から削除されています。");
            assertThat(report.problem()).isEqualTo(Problem.CUT_SHORT);
            assertThat(checkpoint).isGreaterThanOrEqualTo(cutFrom);
        } finally {
            tampering.restore(cutFrom);
        }
    }
}
