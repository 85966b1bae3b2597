package jp.akapen.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import jp.akapen.AkapenApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The portal as a service manager stops it (SIGTERM), on its embedded MariaDB: the database stays up until the
 * portal's last writes on the way out are done, then goes with it. The JVM runs its shutdown hooks side by side, and
 * the database's own hook used to stop it while Spring still closed the context: the live presence's clean-up then
 * waited 30 s for a connection and failed, and every pooled connection was reported broken (issue 17, found while
 * timing start-ups).
 */
class PortalStopTest {

    final Path root = KeptFolders.outsideTmp().resolve("portal-stop-test-" + UUID.randomUUID());
    final Path dataDir = root.resolve("db");
    Process portal;

    @AfterEach
    void stopAndRemove() {
        if (portal != null) {
            portal.destroyForcibly();
        }
        DataDirectoryHolders.holding(dataDir).forEach(h -> ProcessHandle.of(h.pid()).ifPresent(ProcessHandle::destroyForcibly));
        MariaDbBinaries.delete(root);
    }

    @Test
    void a_portal_told_to_stop_finishes_its_database_work_stops_its_database_and_exits_within_seconds() throws Exception {
        Files.createDirectories(root);
        Path log = root.resolve("portal.log");
        portal = new ProcessBuilder(List.of(
                ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java"),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                AkapenApplication.class.getName(), "--server.port=0",
                "--akapen.db.embedded.data-dir=" + dataDir))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (!Files.readString(log, StandardCharsets.UTF_8).contains("Started AkapenApplication")) {
            assertThat(portal.isAlive()).as("the portal stopped at start; see %s", log).isTrue();
            assertThat(System.nanoTime()).as("the portal did not start within 180 s; see %s", log).isLessThan(deadline);
            Thread.sleep(200);
        }
        String started = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(started.lines().filter(l -> l.contains("Embedded MariaDB on")))
                .as("started on its own thread as soon as the settings were read, not by the first bean that needs it")
                .singleElement().asString().contains("mariadb-start]");
        assertThat(DataDirectoryHolders.holding(dataDir)).hasSize(1);

        long asked = System.nanoTime();
        portal.destroy();
        assertThat(portal.waitFor(20, TimeUnit.SECONDS)).as("exited within 20 s of SIGTERM; see %s", log).isTrue();
        double seconds = (System.nanoTime() - asked) / 1e9;

        String stopping = Files.readString(log, StandardCharsets.UTF_8).substring(started.length());
        assertThat(stopping).as("after %.1f s of stopping", seconds)
                .doesNotContain("Connection is not available", "Failed to validate connection", "Connection refused");
        assertThat(DataDirectoryHolders.holding(dataDir)).as("the embedded MariaDB went with the portal").isEmpty();
    }
}
