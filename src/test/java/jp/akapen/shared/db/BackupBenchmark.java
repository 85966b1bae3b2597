package jp.akapen.shared.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

/**
 * Issue 20's figure: backup and restore time for a database of 10,000 manuscripts (two versions of
 * about 4,000 characters each, so 20,000 version rows), on the embedded server. Not a test:
 * {@code .ci/mvn -q -Pbench -DskipTests test} runs it with the other benchmarks, or run its main.
 */
public final class BackupBenchmark {

    public static void main(String[] args) throws Exception {
        int manuscripts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path root = Path.of(System.getProperty("user.home"), ".akapen", "bench", "backup-" + UUID.randomUUID());
        Path binaries = Path.of(System.getProperty("user.home"), ".akapen", "mariadb");
        var db = EmbeddedMariaDb.launch(root.resolve("db").toString(), binaries);
        try {
            db.migrate();
            String body = "赤ペンの校正を待つ原稿。".repeat(340); // 4,080 characters
            try (var owner = db.ownerConnection()) {
                owner.setAutoCommit(false);
                owner.createStatement().execute("INSERT INTO account (username, display_name, role, password_hash,"
                        + " created_at, password_changed_at) VALUES ('bench', 'ベンチ', 'RESIDENT', 'x', NOW(6), NOW(6))");
                var manuscript = owner.prepareStatement("INSERT INTO manuscript (id, resident_id, title, status, created_by,"
                        + " created_at, updated_at) VALUES (?, ?, ?, 'DRAFTING', ?, NOW(6), NOW(6))");
                long account;
                try (var rows = owner.createStatement().executeQuery("SELECT id FROM account WHERE username = 'bench'")) {
                    rows.next();
                    account = rows.getLong(1);
                }
                var version = owner.prepareStatement("INSERT INTO manuscript_version (manuscript_id, number, body, origin,"
                        + " author_id, created_at) VALUES (?, ?, ?, 'DRAFT', 1, NOW(6))");
                for (int m = 1; m <= manuscripts; m++) {
                    manuscript.setLong(1, m);
                    manuscript.setLong(2, account);
                    manuscript.setString(3, "原稿 " + m);
                    manuscript.setLong(4, account);
                    manuscript.executeUpdate();
                    for (int v = 1; v <= 2; v++) {
                        version.setLong(1, m);
                        version.setInt(2, v);
                        version.setString(3, body + m + "-" + v);
                        version.setLong(4, account);
                        version.executeUpdate();
                    }
                    if (m % 500 == 0) {
                        owner.commit();
                    }
                }
                owner.commit();
            }
            long start = System.nanoTime();
            Path backup = BackupCommand.backup(db.dataDir(), binaries, root.resolve("backups"));
            long backupMs = (System.nanoTime() - start) / 1_000_000;
            db.stop();
            start = System.nanoTime();
            BackupCommand.restore(backup, root.resolve("restored"), binaries, Clock.systemUTC());
            long restoreMs = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("Backup benchmark: %,d manuscripts, %,d versions; backup %,d ms (%,d bytes),"
                    + " restore into a new folder %,d ms (verify, load, migrate, grants; includes starting the server)%n",
                    manuscripts, manuscripts * 2, backupMs, Files.size(backup), restoreMs);
        } finally {
            try {
                db.stop();
            } catch (RuntimeException e) {
                // stopped above
            }
            MariaDbBinaries.delete(root);
        }
        System.exit(0);
    }
}
