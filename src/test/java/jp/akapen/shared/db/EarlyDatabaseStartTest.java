package jp.akapen.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Issue 17: the embedded MariaDB comes up while Spring builds the portal, not after. */
class EarlyDatabaseStartTest {

    final Path root = KeptFolders.outsideTmp().resolve("early-db-test-" + UUID.randomUUID());
    final Path dataDir = root.resolve("db");
    EmbeddedMariaDb server;

    @AfterEach
    void stopAndRemove() {
        if (server != null) {
            server.stop();
        }
        DataDirectoryHolders.holding(dataDir).forEach(h -> ProcessHandle.of(h.pid()).ifPresent(ProcessHandle::destroyForcibly));
        MariaDbBinaries.delete(root);
    }

    @Test
    void the_embedded_database_starts_by_itself_once_the_settings_are_read_and_the_portal_then_gets_that_server()
            throws Exception {
        settingsRead(Map.of("akapen.db.url", "", "akapen.db.embedded.data-dir", dataDir.toString()));

        long deadline = System.nanoTime() + EmbeddedMariaDb.START_TIMEOUT.toNanos();
        while (DataDirectoryHolders.holding(dataDir).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(DataDirectoryHolders.holding(dataDir)).as("a server runs on the data directory before anyone asks").hasSize(1);
        server = EmbeddedMariaDb.start(dataDir.toString());
        assertThat(EmbeddedMariaDb.start(dataDir.toString())).isSameAs(server);
        try (var connection = server.ownerConnection()) {
            assertThat(connection.isValid(5)).isTrue();
        }
        assertThat(DataDirectoryHolders.holding(dataDir)).as("one server, not one per caller").hasSize(1);
    }

    @Test
    void with_an_external_database_configured_no_embedded_server_is_started() {
        settingsRead(Map.of("akapen.db.url", "jdbc:mariadb://db.example:3306/akapen",
                "akapen.db.embedded.data-dir", dataDir.toString()));

        assertThat(EmbeddedMariaDb.asked(dataDir.toString())).isFalse();
    }

    @Test
    void a_data_directory_the_early_start_refused_is_refused_with_its_reason_when_the_portal_asks_and_tried_anew_after() {
        String inTmp = Path.of(System.getProperty("java.io.tmpdir"), "akapen-early-" + UUID.randomUUID()).toString();
        settingsRead(Map.of("akapen.db.embedded.data-dir", inTmp));

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> EmbeddedMariaDb.start(inTmp))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("lies in the temporary folder");
            assertThat(EmbeddedMariaDb.asked(inTmp)).as("a failed start is not kept").isFalse();
        }
    }

    private static void settingsRead(Map<String, Object> settings) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        new EarlyDatabaseStart().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
                new SpringApplication(), new String[0], environment));
    }
}
