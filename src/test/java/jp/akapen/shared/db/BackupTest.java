package jp.akapen.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 20 (P11, D1): a backup of a running installation restores every save acknowledged before it began; a damaged one is refused untouched. */
class BackupTest {

    final Path root = KeptFolders.outsideTmp().resolve("backup-test-" + UUID.randomUUID());
    final Path dataDir = root.resolve("db");
    final Path folder = root.resolve("backups");
    final Path binaries = Path.of(System.getProperty("user.home"), ".akapen", "mariadb");
    final List<EmbeddedMariaDb> started = new ArrayList<>();


    @AfterEach
    void remove() {
        started.forEach(db -> {
            try {
                db.stop();
            } catch (RuntimeException e) {
                // stopped by the test
            }
        });
        MariaDbBinaries.delete(root);
    }

    EmbeddedMariaDb launch(Path dir) {
        var db = EmbeddedMariaDb.launch(dir.toString(), binaries);
        started.add(db);
        return db;
    }

    @Test
    void a_backup_of_a_running_installation_restores_every_save_acknowledged_before_it_began() throws Exception {
        var running = launch(dataDir);
        running.migrate();
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        var saver = Thread.ofPlatform().start(() -> {
            try (var app = running.appConnection(); var insert = app.prepareStatement(
                    "INSERT INTO notice (recipient_role, message_key, message_args, created_at) VALUES ('WARD_STAFF', ?, '[]', NOW(6))")) {
                for (int n = 0; n < 100_000 && !Thread.currentThread().isInterrupted(); n++) {
                    insert.setString(1, "save." + n);
                    insert.executeUpdate();
                    acknowledged.add(n);
                }
            } catch (SQLException e) {
                // stopped with the server
            }
        });
        while (acknowledged.size() < 200 && saver.isAlive()) {
            Thread.sleep(5);
        }
        Set<Integer> beforeBackup = Set.copyOf(acknowledged);

        Path backup = BackupCommand.backup(dataDir, binaries, folder);

        Thread.sleep(200); // saves go on after the backup began
        saver.interrupt();
        saver.join(10_000);
        running.stop();
        assertThat(acknowledged.size()).isGreaterThan(beforeBackup.size());

        Path fresh = root.resolve("restored");
        var restored = BackupCommand.restore(backup, fresh, binaries, Clock.systemUTC());
        assertThat(restored.previous()).as("nothing to keep in a new folder").isNull();
        assertThat(fresh.resolve(BackupCommand.RESTORED_MARKER)).exists();
        var db = launch(fresh);
        db.migrate(); // as the portal does at every start
        List<Integer> saved = new ArrayList<>();
        try (var app = db.appConnection(); var rows = app.createStatement()
                .executeQuery("SELECT message_key FROM notice WHERE message_key LIKE 'save.%'")) {
            while (rows.next()) {
                saved.add(Integer.parseInt(rows.getString(1).substring(5)));
            }
        }
        assertThat(saved).containsAll(beforeBackup);
        assertThat(Backups.verify(backup).portalVersion()).isNotBlank();
    }

    @Test
    void the_backup_holds_neither_the_master_key_nor_the_database_passwords() throws Exception {
        var running = launch(dataDir);
        running.migrate();
        Path backup = BackupCommand.backup(dataDir, binaries, folder);
        String everything;
        try (var zip = new ZipFile(backup.toFile())) {
            var text = new StringBuilder();
            for (var entry : java.util.Collections.list(zip.entries())) {
                text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
            everything = text.toString();
        }
        assertThat(everything).contains("CREATE TABLE `audit_event`")
                .doesNotContain(running.credentials().ownerPassword())
                .doesNotContain(running.credentials().appPassword());
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)))
                .isEqualTo("rw-------");
    }

    @Test
    void an_altered_or_truncated_backup_is_refused_before_the_installation_is_touched() throws Exception {
        var running = launch(dataDir);
        running.migrate();
        insertAccount(running);
        Path backup = BackupCommand.backup(dataDir, binaries, folder);
        running.stop();

        Path altered = root.resolve("altered.backup");
        rewrite(backup, altered, sql -> sql.replace("INSERT INTO `account`", "INSERT INTO `account` /* x */"));
        Path truncated = root.resolve("truncated.backup");
        byte[] bytes = Files.readAllBytes(backup);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        long before = treeSize(dataDir);

        assertThatThrownBy(() -> BackupCommand.restore(altered, dataDir, binaries, Clock.systemUTC()))
                .isInstanceOf(Backups.BackupRefused.class).hasMessageContaining("damaged or altered");
        assertThatThrownBy(() -> BackupCommand.restore(truncated, dataDir, binaries, Clock.systemUTC()))
                .isInstanceOf(Backups.BackupRefused.class).hasMessageContaining("damaged or truncated");
        assertThat(treeSize(dataDir)).isEqualTo(before);
        try (var siblings = Files.list(root)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("before-restore"));
        }
    }

    @Test
    void a_backup_from_a_newer_schema_is_refused_and_one_from_an_older_schema_is_migrated() throws Exception {
        var running = launch(dataDir);
        Flyway.configure().dataSource(running.jdbcUrl(), running.credentials().ownerUser(), running.credentials().ownerPassword())
                .locations("classpath:db/migration").target("5").load().migrate();
        Path older = BackupCommand.backup(dataDir, binaries, folder);
        running.stop();
        assertThat(MigrationVersion.fromVersion(Backups.verify(older).schemaVersion())).isEqualTo(MigrationVersion.fromVersion("5"));

        Path newer = root.resolve("newer.backup");
        rewriteManifest(older, newer, "schema-version", "999");
        assertThatThrownBy(() -> Backups.verify(newer)).hasMessageContaining("newer portal");

        Path fresh = root.resolve("restored");
        BackupCommand.restore(older, fresh, binaries, Clock.systemUTC());
        var db = launch(fresh);
        db.migrate();
        try (var owner = db.ownerConnection(); var rows = owner.createStatement().executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1")) {
            rows.next();
            assertThat(MigrationVersion.fromVersion(rows.getString(1))).isEqualTo(Backups.latestMigration());
        }
        try (var app = db.appConnection()) {
            assertThat(app.createStatement().executeQuery("SELECT COUNT(*) FROM audit_event").next()).isTrue();
        }
    }

    @Test
    void a_restore_refuses_a_running_installation_and_keeps_what_it_replaces() throws Exception {
        var running = launch(dataDir);
        running.migrate();
        Path backup = BackupCommand.backup(dataDir, binaries, folder);
        assertThatThrownBy(() -> BackupCommand.restore(backup, dataDir, binaries, Clock.systemUTC()))
                .hasMessageContaining("stop it first");
        running.stop();

        var restored = BackupCommand.restore(backup, dataDir, binaries, Clock.systemUTC());
        assertThat(restored.previous()).isDirectory();
        assertThat(restored.previous().resolve("akapen")).isDirectory();
    }

    @Test
    void only_the_newest_backups_are_kept() throws IOException {
        Files.createDirectories(folder);
        for (String stamp : List.of("20261201-000000Z", "20261202-000000Z", "20261203-000000Z", "20261204-000000Z")) {
            Files.writeString(folder.resolve("akapen-" + stamp + ".backup"), stamp);
        }
        Files.writeString(folder.resolve("notes.txt"), "not a backup");

        assertThat(Backups.prune(folder, 2)).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("akapen-20261201-000000Z.backup", "akapen-20261202-000000Z.backup");
        assertThat(folder.resolve("notes.txt")).exists();
    }

    @Test
    void the_command_says_what_to_do_for_an_external_database_and_a_missing_file() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        assertThat(BackupCommand.run("backup", new String[] {"--akapen.db.url=jdbc:mariadb://db/akapen"},
                new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("mariadb-dump --single-transaction");
        err.reset();
        assertThat(BackupCommand.run("restore", new String[] {root.resolve("none.backup").toString(),
                "--akapen.db.embedded.data-dir=" + dataDir}, new PrintStream(out),
                new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no backup at").hasLineCount(1);
    }

    private static void insertAccount(EmbeddedMariaDb db) throws SQLException {
        try (var app = db.appConnection()) {
            app.createStatement().execute("INSERT INTO account (username, display_name, role, password_hash, created_at, password_changed_at)"
                    + " VALUES ('backup-test', 'バックアップ', 'RESIDENT', 'x', NOW(6), NOW(6))");
        } catch (SQLException e) {
            if (!e.getMessage().contains("Duplicate")) {
                throw e;
            }
        }
    }

    private static void rewrite(Path from, Path to, java.util.function.UnaryOperator<String> change) throws IOException {
        try (var zip = new ZipFile(from.toFile()); var out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                String text = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write((entry.getName().equals(Backups.DUMP) ? change.apply(text) : text).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    private static void rewriteManifest(Path from, Path to, String key, String value) throws IOException {
        try (var zip = new ZipFile(from.toFile()); var out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                byte[] content = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(Backups.MANIFEST)) {
                    var p = new java.util.Properties();
                    p.load(new java.io.StringReader(new String(content, StandardCharsets.UTF_8)));
                    p.setProperty(key, value);
                    var text = new StringWriter();
                    p.store(text, null);
                    content = text.toString().getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
    }

    private static long treeSize(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length() + f.toFile().lastModified()).sum();
        }
    }
}
