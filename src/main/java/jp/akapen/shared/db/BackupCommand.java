package jp.akapen.shared.db;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * {@code java -jar akapen.jar backup [--to=DIR]} takes a consistent backup of the embedded database,
 * while the portal runs or not; {@code java -jar akapen.jar restore FILE} puts one back into a stopped
 * installation. Settings as for the portal ({@code AKAPEN_DB_EMBEDDED_DATA_DIR}, {@code AKAPEN_BACKUP_DIR}).
 */
public final class BackupCommand {

    static final String RESTORED_MARKER = "akapen-restored.properties";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private BackupCommand() {
    }

    /** Exit code 0 done, 1 refused or failed (one line on {@code err} says why), 2 wrong usage. */
    public static int run(String command, String[] args, PrintStream out, PrintStream err) {
        var environment = new StandardEnvironment();
        var options = new SimpleCommandLinePropertySource(args);
        environment.getPropertySources().addFirst(options);
        List<String> nonOptionArgs = java.util.Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        if (!environment.getProperty("akapen.db.url", "").isBlank()) {
            err.println(command + ": this installation uses an external database; back it up with mariadb-dump"
                    + " --single-transaction (see README, Backups)");
            return 1;
        }
        Path dataDir = Path.of(environment.getProperty("akapen.db.embedded.data-dir",
                System.getProperty("user.home") + "/.akapen/db")).toAbsolutePath().normalize();
        Path binaries = Path.of(System.getProperty("user.home"), ".akapen", "mariadb");
        try {
            if (command.equals("backup")) {
                if (!nonOptionArgs.isEmpty()) {
                    err.println("usage: java -jar akapen.jar backup [--to=DIR]");
                    return 2;
                }
                Path folder = Path.of(environment.getProperty("to", environment.getProperty("akapen.backup.dir",
                        System.getProperty("user.home") + "/.akapen/backups")));
                Path file = backup(dataDir, binaries, folder);
                var manifest = Backups.verify(file);
                out.printf("Backup %s (%,d bytes; schema version %s; dump SHA-256 %s)%n", file, Files.size(file),
                        manifest.schemaVersion(), manifest.dumpSha256());
                return 0;
            }
            if (nonOptionArgs.size() != 1) {
                err.println("usage: java -jar akapen.jar restore FILE");
                return 2;
            }
            Path file = Path.of(nonOptionArgs.getFirst()).toAbsolutePath();
            var restored = restore(file, dataDir, binaries, Clock.systemUTC());
            out.printf("Restored %s (taken %s, schema version %s) into %s%s. Start the portal: it records the restore"
                    + " in the audit log.%n", file, restored.manifest().created(), restored.manifest().schemaVersion(),
                    dataDir, restored.previous() == null ? "" : "; the data it replaced are kept in " + restored.previous());
            return 0;
        } catch (Backups.BackupRefused | IllegalStateException | IllegalArgumentException e) {
            err.println(command + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println(command + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(command + ": interrupted");
            return 1;
        }
    }

    /** Through the running portal's server when there is one, otherwise through one started for the purpose. */
    static Path backup(Path dataDir, Path binaryCache, Path folder) throws IOException, InterruptedException {
        if (!Files.isDirectory(dataDir)) {
            throw new IllegalStateException("no installation at " + dataDir + " (set AKAPEN_DB_EMBEDDED_DATA_DIR)");
        }
        Path binaries = MariaDbBinaries.unpacked(binaryCache);
        var running = DataDirectoryHolders.runningServerPort(dataDir);
        if (running.isPresent()) {
            var credentials = EmbeddedCredentials.of(dataDir.resolveSibling(dataDir.getFileName() + ".credentials"));
            return Backups.create(binaries, running.getAsInt(), credentials, folder, Clock.systemUTC());
        }
        var server = EmbeddedMariaDb.launch(dataDir.toString(), binaryCache);
        try {
            return Backups.create(binaries, server.port(), server.credentials(), folder, Clock.systemUTC());
        } finally {
            server.stop();
        }
    }

    /**
     * Verifies the backup, refuses a running installation, keeps a copy of the current data beside them,
     * then loads the backup and migrates it; the portal's next start audits the restore.
     */
    record Restored(Backups.Manifest manifest, Path previous) {
    }

    static Restored restore(Path file, Path dataDir, Path binaryCache, Clock clock)
            throws IOException, InterruptedException {
        var manifest = Backups.verify(file);
        if (DataDirectoryHolders.runningServerPort(dataDir).isPresent() || !DataDirectoryHolders.holding(dataDir).isEmpty()) {
            throw new IllegalStateException("the portal (or its database) is running on " + dataDir + ": stop it first");
        }
        Path binaries = MariaDbBinaries.unpacked(binaryCache);
        Path previous = null;
        if (Files.isDirectory(dataDir)) {
            try (var entries = Files.list(dataDir)) {
                if (entries.findFirst().isPresent()) {
                    previous = dataDir.resolveSibling(dataDir.getFileName() + ".before-restore-" + STAMP.format(clock.instant()));
                    copyTree(dataDir, previous);
                }
            }
        }
        var server = EmbeddedMariaDb.launch(dataDir.toString(), binaryCache);
        try {
            Backups.restore(file, server, binaries);
        } finally {
            server.stop();
        }
        var marker = new Properties();
        marker.setProperty("backup-file", file.getFileName().toString());
        marker.setProperty("backup-sha256", manifest.dumpSha256());
        marker.setProperty("backup-created", manifest.created().toString());
        marker.setProperty("schema-version", manifest.schemaVersion());
        marker.setProperty("restored-at", clock.instant().toString());
        try (var writer = Files.newBufferedWriter(dataDir.resolve(RESTORED_MARKER))) {
            marker.store(writer, "read and removed by the portal's next start");
        }
        return new Restored(manifest, previous);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        PrivateFolders.create(to);
        try (var files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(source)) {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
