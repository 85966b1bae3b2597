package jp.akapen.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.privacy.audit.AuditLogService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 20 (P4): a backup of the running portal, restored elsewhere, holds the audit chain exactly as
 * it stood (the same rows, hashes and links), and the live chain verifies, so the restored one does.
 */
@AkapenSpringTest
class BackupOfThePortalTest {

    @Autowired
    EmbeddedMariaDb server;

    @Autowired
    AuditLogService auditLog;

    @Autowired
    UserDetailsService users;

    @Test
    void the_restored_audit_chain_is_the_chain_as_it_stood_at_the_backup() throws Exception {
        Path root = KeptFolders.outsideTmp().resolve("portal-backup-" + UUID.randomUUID());
        try {
            Path backup = Backups.create(MariaDbBinaries.unpacked(server.binaryCache()), server.port(),
                    server.credentials(), root.resolve("backups"), Clock.systemUTC());
            List<String> live = chain(server);
            TestSupport.signIn(users, "ward1");
            assertThat(auditLog.verify().intact()).isTrue();

            BackupCommand.restore(backup, root.resolve("db"), server.binaryCache(), Clock.systemUTC());
            var restored = EmbeddedMariaDb.launch(root.resolve("db").toString(), server.binaryCache());
            try {
                List<String> back = chain(restored);
                assertThat(back).isNotEmpty();
                assertThat(live).startsWith(back.toArray(String[]::new));
            } finally {
                restored.stop();
            }
        } finally {
            MariaDbBinaries.delete(root);
        }
    }


    private static List<String> chain(EmbeddedMariaDb db) throws SQLException {
        var rows = new ArrayList<String>();
        try (var owner = db.ownerConnection(); var result = owner.createStatement()
                .executeQuery("SELECT seq, previous_hash, hash FROM audit_event ORDER BY seq")) {
            while (result.next()) {
                rows.add(result.getLong(1) + " " + result.getString(2) + " " + result.getString(3));
            }
        }
        return rows;
    }
}
