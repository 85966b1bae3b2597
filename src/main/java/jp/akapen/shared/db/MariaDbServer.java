package jp.akapen.shared.db;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One {@code mariadbd} process on a data directory, listening on loopback only, and a watchdog that
 * stops it when the JVM that started it is gone, however it ended: the watchdog blocks reading a pipe
 * whose only writer is this JVM, and the kernel closes that pipe when the JVM dies, even by kill -9.
 * Then it also removes the run directory (socket, temporary files, a temporary data directory), which
 * the dead JVM could not; the server's log lies in the data directory and stays.
 */
final class MariaDbServer {

    static final String LOOPBACK = "127.0.0.1";
    static final String LOG_FILE = "akapen-mariadbd.err";
    static final String INITIAL_DATA = "initial-data";
    static final String RUN_DIRECTORY_PREFIX = "akapen-mariadb-";
    private static final String SOCKET_OPTION = "--socket=";

    private static final String WATCHDOG = """
            trap '' INT HUP
            while read -r _; do :; done
            kill -TERM "$1" 2>/dev/null || exit 0
            i=0
            while [ $i -lt 120 ] && kill -0 "$1" 2>/dev/null; do sleep 0.5; i=$((i+1)); done
            kill -KILL "$1" 2>/dev/null
            i=0
            while [ $i -lt 50 ] && kill -0 "$1" 2>/dev/null; do sleep 0.1; i=$((i+1)); done
            rm -rf -- "$2"
            """;

    private final Process server;
    private final Process watchdog;
    private final OutputStream lifeline;
    private final int port;

    private MariaDbServer(Process server, Process watchdog, int port) {
        this.server = server;
        this.watchdog = watchdog;
        this.lifeline = watchdog.getOutputStream();
        this.port = port;
    }

    /**
     * Gives a new, empty data directory its system tables: a copy of what {@code mariadb-install-db} made once for
     * these binaries and kept beside them ({@value #INITIAL_DATA}), because the script takes seconds and makes the same
     * files every time. Those files hold no account with a password: the init file of each start makes the portal's.
     */
    static void install(Path binaries, Path dataDir, Path runDir) throws IOException, InterruptedException {
        Path initial = binaries.resolve(INITIAL_DATA);
        if (!Files.isDirectory(initial)) {
            Path staging = Files.createTempDirectory(binaries, "installing-",
                    PosixFilePermissions.asFileAttribute(PrivateFolders.OWNER_ONLY));
            try {
                runInstallScript(binaries, staging, runDir);
                Files.move(staging, initial, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                // another process made them at the same time: copy theirs
            } finally {
                MariaDbBinaries.delete(staging);
            }
        }
        try (Stream<Path> files = Files.walk(initial)) {
            for (Path from : files.toList()) {
                Path to = dataDir.resolve(initial.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    PrivateFolders.create(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(to, PrivateFolders.OWNER_READ_WRITE);
                }
            }
        }
    }

    private static void runInstallScript(Path binaries, Path dataDir, Path runDir)
            throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(binaries.resolve("scripts/mariadb-install-db").toString(),
                "--no-defaults", "--datadir=" + dataDir, "--basedir=" + binaries, "--force", "--skip-name-resolve",
                "--skip-test-db"));
        if (isRoot()) {
            command.add("--user=root");
        }
        Path log = runDir.resolve("install.log");
        var process = environment(new ProcessBuilder(command), binaries).directory(binaries.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("mariadb-install-db failed on " + dataDir + ": " + tail(log));
        }
    }

    /**
     * Starts the server; {@code initFile} runs at start with full rights (accounts and their passwords).
     * Returns once the owner can connect.
     */
    static MariaDbServer start(Path binaries, Path dataDir, Path runDir, Path initFile, EmbeddedCredentials credentials,
            Duration timeout) throws IOException, InterruptedException {
        int port = freeLoopbackPort();
        Path log = dataDir.resolve(LOG_FILE);
        var command = new ArrayList<>(List.of(binaries.resolve("bin/mariadbd").toString(),
                "--no-defaults", // a private server: no /etc/mysql/my.cnf. Must come first.
                "--basedir=" + binaries,
                "--datadir=" + dataDir,
                "--tmpdir=" + PrivateFolders.create(runDir.resolve("tmp")),
                SOCKET_OPTION + runDir.resolve("mariadb.sock"),
                "--pid-file=" + dataDir.resolve(DataDirectoryHolders.SERVER_PID_FILE),
                "--log-error=" + log,
                "--init-file=" + initFile,
                // P11: nobody outside this machine reaches the server, and nobody inside without a password
                "--bind-address=" + LOOPBACK,
                "--port=" + port,
                "--skip-name-resolve",
                // no TLS on a loopback-only server: MariaDB 11.4 otherwise makes itself a certificate at every start,
                // 3-5 s of the portal's start-up on a 2-core machine, for connections that never leave this host
                "--skip-ssl",
                "--local-infile=0",
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_bin",
                "--max-allowed-packet=64M",
                // a connection's thread ends with it: one that background work lowered (BackgroundWork) is never
                // handed to a later connection
                "--thread-cache-size=0",
                // InnoDB purges what a large delete (an erasure) left on one of the two cores, not on four threads
                // at normal priority beside people's requests (ErasureBenchmark: p95 1.5-1.8x of normal -> 1.2-1.3x)
                "--innodb-purge-threads=1",
                // Durability stated, not left to defaults: a commit the user saw is on disk (redo log
                // flushed and synced at each commit; pages written twice so a torn write can be repaired).
                "--innodb-flush-log-at-trx-commit=1",
                "--innodb-doublewrite=1",
                "--innodb-flush-method=fsync"));
        if (isRoot()) {
            command.add("--user=root");
        }
        Process server = environment(new ProcessBuilder(command), binaries).directory(binaries.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Process watchdog = new ProcessBuilder("sh", "-c", WATCHDOG, "akapen-mariadb-watchdog", Long.toString(server.pid()),
                runDir.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        var started = new MariaDbServer(server, watchdog, port);
        try {
            started.awaitReady(credentials, timeout, log);
        } catch (RuntimeException | InterruptedException e) {
            started.stop();
            throw e;
        }
        return started;
    }

    /** The run directory of a server started here, read from its command line: to tidy after a dead JVM's server. */
    static Optional<Path> runDirectory(ProcessHandle server) {
        return server.info().arguments().stream().flatMap(Arrays::stream).filter(a -> a.startsWith(SOCKET_OPTION))
                .map(a -> Path.of(a.substring(SOCKET_OPTION.length())).getParent())
                .filter(dir -> dir != null && dir.getFileName().toString().startsWith(RUN_DIRECTORY_PREFIX))
                .findFirst();
    }

    int port() {
        return port;
    }

    long pid() {
        return server.pid();
    }

    boolean isAlive() {
        return server.isAlive();
    }

    static String jdbcUrl(int port, String database) {
        return "jdbc:mariadb://" + LOOPBACK + ":" + port + "/" + database;
    }

    /** Stops the server cleanly; the watchdog goes first, so it cannot signal a pid that was reused. */
    void stop() {
        watchdog.destroy();
        try {
            lifeline.close();
        } catch (IOException e) {
            // the watchdog is gone already
        }
        DataDirectoryHolders.stop(server.toHandle());
    }

    private void awaitReady(EmbeddedCredentials credentials, Duration timeout, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("The embedded MariaDB stopped while starting: " + tail(log));
            }
            try (var connection = DriverManager.getConnection(jdbcUrl(port, ""), credentials.ownerUser(),
                    credentials.ownerPassword())) {
                return;
            } catch (SQLException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("The embedded MariaDB did not accept its owner within " + timeout.toSeconds()
                + " s (" + (last == null ? "" : last.getMessage()) + "): " + tail(log));
    }

    private static ProcessBuilder environment(ProcessBuilder builder, Path binaries) {
        builder.environment().put("LD_LIBRARY_PATH", binaries.resolve("libs").toString());
        return builder;
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freeLoopbackPort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        }
    }

    /** The last lines of a log, for an error message that says what the server said. */
    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 6), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
