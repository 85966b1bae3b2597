package jp.akapen.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 (D2): the embedded server's redo log written anew leaves no copy of a deleted value in {@code ib_logfile0},
 * and a transaction that keeps purge from catching up delays the rewrite only as long as allowed.
 */
class RedoLogTest {

    static EmbeddedMariaDb server;

    @BeforeAll
    static void start() throws SQLException {
        server = EmbeddedMariaDb.throwAway();
        try (var connection = server.ownerConnection(); var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE akapen.scratch (id INT PRIMARY KEY, v TEXT) CHARACTER SET utf8mb4");
        }
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void a_deleted_value_is_in_the_redo_log_until_it_is_written_anew() throws Exception {
        String value = "CANARY-東京都新宿区歌舞伎町-" + System.nanoTime();
        execute("INSERT INTO akapen.scratch VALUES (1, '" + value + "')", "DELETE FROM akapen.scratch WHERE id = 1");
        assertThat(redoLogHolds(value)).as("InnoDB keeps it: the test can fail").isTrue();
        long size = sizeNow();

        assertThat(new RedoLog(server).rewrite()).isEmpty();

        assertThat(redoLogHolds(value)).isFalse();
        assertThat(Math.abs(sizeNow() - size)).as("within a MiB of the size before").isEqualTo(1L << 20);
        assertThat(new RedoLog(server).rewrite()).isEmpty();
        assertThat(sizeNow()).as("and back").isEqualTo(size);
    }

    @Test
    void a_transaction_holding_purge_back_delays_the_rewrite_only_as_long_as_allowed() throws Exception {
        String value = "CANARY-held-" + System.nanoTime();
        execute("INSERT INTO akapen.scratch VALUES (2, '" + value + "')");
        try (var reader = server.ownerConnection(); var statement = reader.createStatement()) {
            statement.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT");
            statement.executeQuery("SELECT COUNT(*) FROM akapen.scratch").close();
            execute("UPDATE akapen.scratch SET v = NULL WHERE id = 2");

            long started = System.nanoTime();
            assertThat(new RedoLog(server, 2).rewrite()).isEmpty();
            double seconds = (System.nanoTime() - started) / 1e9;

            assertThat(seconds).as("waited for purge, then gave up and wrote the log anew").isBetween(1.5, 20.0);
            assertThat(redoLogHolds(value)).isFalse();
            statement.execute("ROLLBACK");
        }
    }

    private static void execute(String... sql) throws SQLException {
        try (var connection = server.ownerConnection(); var statement = connection.createStatement()) {
            for (String one : sql) {
                statement.execute(one);
            }
        }
    }

    private static long sizeNow() throws SQLException {
        try (var connection = server.ownerConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT @@GLOBAL.innodb_log_file_size")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static boolean redoLogHolds(String value) throws Exception {
        byte[] log = Files.readAllBytes(server.dataDir().resolve("ib_logfile0"));
        return new String(log, StandardCharsets.ISO_8859_1)
                .contains(new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }
}
