package jp.akapen.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seed P11, P4 and reliability: the embedded server on a kept data directory, as the run command uses it. */
class EmbeddedMariaDbTest {

    /** Not under java.io.tmpdir (refused for kept data), even when the checkout is. */
    final Path root = KeptFolders.outsideTmp().resolve("embedded-db-test-" + UUID.randomUUID());
    final Path dataDir = root.resolve("db");
    final Path binaries = Path.of(System.getProperty("user.home"), ".akapen", "mariadb");
    final List<EmbeddedMariaDb> started = new ArrayList<>();
    final List<Process> children = new ArrayList<>();


    @AfterEach
    void stopAndRemove() {
        children.forEach(Process::destroyForcibly);
        started.forEach(db -> {
            try {
                db.stop();
            } catch (RuntimeException e) {
                // already stopped by the test
            }
        });
        DataDirectoryHolders.holding(dataDir).forEach(h -> ProcessHandle.of(h.pid()).ifPresent(ProcessHandle::destroyForcibly));
        MariaDbBinaries.delete(root);
    }

    EmbeddedMariaDb launch() {
        var db = EmbeddedMariaDb.launch(dataDir.toString(), binaries);
        started.add(db);
        return db;
    }

    @Test
    void what_was_written_before_a_restart_is_still_there_after_it() throws SQLException {
        var first = launch();
        try (var connection = first.ownerConnection()) {
            connection.createStatement().execute("CREATE TABLE kept (line VARCHAR(50)) CHARACTER SET utf8mb4");
            connection.createStatement().execute("INSERT INTO kept VALUES ('再起動しても残る原稿')");
        }
        first.stop();

        var second = launch();
        try (var connection = second.ownerConnection();
                var rows = connection.createStatement().executeQuery("SELECT line FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("再起動しても残る原稿");
        }
    }

    @Test
    void a_data_directory_in_the_temporary_folder_is_refused_before_anything_is_deleted(@TempDir Path inTmp)
            throws IOException {
        Path precious = Files.writeString(inTmp.resolve("precious.txt"), "keep me");

        assertThatThrownBy(() -> EmbeddedMariaDb.launch(inTmp.toString(), binaries))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("temporary folder");
        assertThat(precious).exists();
    }

    @Test
    void the_server_listens_on_loopback_only() throws Exception {
        var db = launch();
        try (var connection = db.ownerConnection(); var rows = connection.createStatement()
                .executeQuery("SELECT @@bind_address, @@skip_networking")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("127.0.0.1");
        }
        List<InetAddress> others = nonLoopbackAddresses();
        assertThat(others).as("this machine has an address other than loopback to try").isNotEmpty();
        for (InetAddress address : others) {
            try (var socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, db.port()), 2000))
                        .as("a connection to %s:%d", address, db.port())
                        .isInstanceOf(ConnectException.class);
            }
        }
    }

    @Test
    void no_connection_is_accepted_without_the_generated_password() {
        var db = launch();
        String url = db.jdbcUrl();
        for (String[] attempt : new String[][] {{"root", ""}, {"root", "wrong"}, {"anybody", "wrong"}, {"", ""},
                {"akapen_owner", ""}, {"akapen_app", "wrong"}, {"mariadb.sys", ""}}) {
            assertThatThrownBy(() -> DriverManager.getConnection(url, attempt[0], attempt[1]).close())
                    .as("user '%s'", attempt[0])
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");
        }
    }

    @Test
    void credentials_and_server_files_are_for_the_service_user_only_and_the_credentials_lie_beside_the_data()
            throws Exception {
        var db = launch();
        Path credentials = dataDir.resolveSibling("db.credentials");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
        assertThat(Files.readString(credentials)).contains("owner.password=" + db.credentials().ownerPassword());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        Path unpacked;
        try (var connection = db.ownerConnection(); var rows = connection.createStatement().executeQuery("SELECT @@basedir")) {
            rows.next();
            unpacked = Path.of(rows.getString(1));
        }
        assertThat(unpacked).startsWith(binaries);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(unpacked))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(binaries))).isEqualTo("rwx------");
        try (var files = Files.walk(dataDir)) {
            assertThat(files.filter(Files::isRegularFile))
                    .noneMatch(file -> contains(file, db.credentials().ownerPassword()));
        }
    }

    @Test
    void the_passwords_survive_a_restart_and_a_lost_credentials_file_is_made_anew() throws SQLException, IOException {
        var first = launch();
        String before = first.credentials().appPassword();
        first.stop();
        var second = launch();
        assertThat(second.credentials().appPassword()).isEqualTo(before);
        second.stop();

        Files.delete(dataDir.resolveSibling("db.credentials"));
        var third = launch();
        assertThat(third.credentials().appPassword()).isNotEqualTo(before);
        try (var connection = third.ownerConnection()) {
            assertThat(connection.isValid(2)).isTrue();
        }
        assertThatThrownBy(() -> DriverManager.getConnection(third.jdbcUrl(), "akapen_app", before).close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void a_data_directory_from_before_grant_tables_keeps_its_data_and_loses_its_open_accounts() throws Exception {
        Path unpacked = MariaDbBinaries.unpacked(binaries);
        Files.createDirectories(dataDir);
        Path run = Files.createTempDirectory("akapen-old-");
        MariaDbServer.install(unpacked, dataDir, run);
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        // as wave 1 started it: no grant tables, any user, any password
        var command = new ArrayList<>(List.of(unpacked.resolve("bin/mariadbd").toString(), "--no-defaults",
                "--basedir=" + unpacked, "--datadir=" + dataDir, "--tmpdir=" + run, "--socket=" + run.resolve("s.sock"),
                "--port=" + port, "--bind-address=127.0.0.1", "--skip-grant-tables", "--skip-name-resolve"));
        if (MariaDbServer.isRoot()) {
            command.add("--user=root");
        }
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(run.resolve("log").toFile());
        builder.environment().put("LD_LIBRARY_PATH", unpacked.resolve("libs").toString());
        Process old = builder.start();
        children.add(old);
        String url = "jdbc:mariadb://127.0.0.1:" + port + "/";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (var connection = DriverManager.getConnection(url, "root", "")) {
                connection.createStatement().execute("CREATE DATABASE akapen CHARACTER SET utf8mb4");
                connection.createStatement().execute("CREATE TABLE akapen.kept (line VARCHAR(50)) CHARACTER SET utf8mb4");
                connection.createStatement().execute("INSERT INTO akapen.kept VALUES ('第1期の原稿')");
                break;
            } catch (SQLException e) {
                assertThat(System.nanoTime()).as("the old-style server starts").isLessThan(deadline);
                Thread.sleep(200);
            }
        }
        old.destroy();
        assertThat(old.waitFor(60, TimeUnit.SECONDS)).isTrue();
        MariaDbBinaries.delete(run);

        var db = launch();
        try (var connection = db.ownerConnection(); var rows = connection.createStatement().executeQuery("SELECT line FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("第1期の原稿");
        }
        assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "root", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
    }

    @Test
    void a_jvm_killed_with_kill_9_leaves_no_server_no_run_directory_and_loses_no_acknowledged_save() throws Exception {
        var child = startSavingChild(1000);
        Path runDir = runDirectory(child);
        Set<Integer> acknowledged = readAcknowledged(child, 300);
        child.process().destroyForcibly(); // SIGKILL: no shutdown hook runs
        child.process().waitFor(10, TimeUnit.SECONDS);

        assertNoServerWithin(Duration.ofSeconds(10), child.serverPid());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Files.exists(runDir) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(runDir).as("the run directory of the dead JVM's server").doesNotExist();

        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(300);
        assertThat(savedRows(launch())).containsAll(acknowledged);
    }

    @Test
    void a_server_left_running_by_a_dead_jvm_is_stopped_by_the_next_start_which_removes_its_run_directory()
            throws Exception {
        var child = startSavingChild(50);
        Path runDir = runDirectory(child);
        readAcknowledged(child, 50);
        // the watchdog is gone too (as after a kill of the whole process tree but the server)
        ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains("akapen-mariadb-watchdog")
                        && List.of(a).contains(Long.toString(child.serverPid()))).orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
        child.process().destroyForcibly();
        child.process().waitFor(10, TimeUnit.SECONDS);
        Thread.sleep(1000);
        assertThat(ProcessHandle.of(child.serverPid()).map(ProcessHandle::isAlive)).as("the server outlived its JVM")
                .contains(true);

        var db = launch();

        assertThat(ProcessHandle.of(child.serverPid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(runDir).as("the run directory of the dead JVM's server").doesNotExist();
        assertThat(savedRows(db)).hasSize(50);
    }

    @Test
    void a_data_directory_held_by_something_else_is_named_in_one_line_and_left_alone() throws Exception {
        Files.createDirectories(dataDir);
        var holder = new ProcessBuilder("sh", "-c", "sleep 60", "--datadir=" + dataDir.toRealPath()).start();
        children.add(holder);
        Thread.sleep(200);

        assertThatThrownBy(this::launch)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is held by process " + holder.pid())
                .hasMessageContaining("akapen.db.embedded.data-dir")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(holder.isAlive()).isTrue();
    }

    @Test
    void a_killed_server_loses_no_acknowledged_save() throws Exception {
        var db = launch();
        try (var connection = db.ownerConnection()) {
            connection.createStatement().execute("CREATE TABLE saves (n INT PRIMARY KEY, body VARCHAR(100))");
        }
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        var saver = Thread.ofPlatform().start(() -> {
            try (var connection = db.ownerConnection()) {
                connection.setAutoCommit(false);
                var insert = connection.prepareStatement("INSERT INTO saves VALUES (?, ?)");
                for (int n = 0; n < 1000; n++) {
                    insert.setInt(1, n);
                    insert.setString(2, "保存 " + n);
                    insert.executeUpdate();
                    connection.commit();
                    acknowledged.add(n);
                }
            } catch (SQLException e) {
                // the server was killed under us: what was acknowledged before counts
            }
        });
        while (acknowledged.size() < 300 && saver.isAlive()) {
            Thread.sleep(5);
        }
        ProcessHandle.of(db.serverPid()).orElseThrow().destroyForcibly();
        saver.join(30_000);
        db.stop();

        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(300);
        assertThat(savedRows(launch())).containsAll(acknowledged);
    }

    record Child(Process process, long serverPid, BufferedReader out) {
    }

    private Child startSavingChild(int saves) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SavingChild.class.getName(),
                dataDir.toString(), binaries.toString(), Integer.toString(saves))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        children.add(process);
        var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        while (first != null && !first.startsWith("server ")) {
            first = out.readLine(); // the child's log lines
        }
        assertThat(first).as("the child JVM started its server").startsWith("server ");
        return new Child(process, Long.parseLong(first.substring(7)), out);
    }

    /** The temporary folder the child's server runs in (its socket, temporary files), from its command line. */
    private static Path runDirectory(Child child) {
        Path runDir = ProcessHandle.of(child.serverPid()).flatMap(MariaDbServer::runDirectory).orElseThrow();
        assertThat(runDir).isDirectory();
        return runDir;
    }

    private static Set<Integer> readAcknowledged(Child child, int atLeast) throws IOException {
        Set<Integer> acknowledged = new HashSet<>();
        String line;
        while (acknowledged.size() < atLeast && (line = child.out().readLine()) != null) {
            if (line.startsWith("saved ")) {
                acknowledged.add(Integer.parseInt(line.substring(6)));
            }
        }
        return acknowledged;
    }

    private void assertNoServerWithin(Duration limit, long serverPid) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline && (ProcessHandle.of(serverPid).map(ProcessHandle::isAlive).orElse(false)
                || !DataDirectoryHolders.holding(dataDir).isEmpty())) {
            Thread.sleep(100);
        }
        assertThat(ProcessHandle.of(serverPid).map(ProcessHandle::isAlive).orElse(false))
                .as("mariadbd %d still running %s after its JVM was killed", serverPid, limit).isFalse();
        assertThat(DataDirectoryHolders.holding(dataDir)).isEmpty();
    }

    private static Set<Integer> savedRows(EmbeddedMariaDb db) throws SQLException {
        Set<Integer> rows = new HashSet<>();
        try (var connection = db.ownerConnection(); var result = connection.createStatement().executeQuery("SELECT n FROM saves")) {
            while (result.next()) {
                rows.add(result.getInt(1));
            }
        }
        return rows;
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        var addresses = new ArrayList<InetAddress>();
        for (var nic : NetworkInterface.networkInterfaces().toList()) {
            if (nic.isUp() && !nic.isLoopback()) {
                nic.inetAddresses().filter(a -> a instanceof Inet4Address).forEach(addresses::add);
            }
        }
        return addresses;
    }

    private static boolean contains(Path file, String text) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            return false;
        }
    }
}
