package jp.akapen.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;

/**
 * At the first start after {@code restore}, publishes {@link DatabaseRestored} (the audit log records
 * it after the restored chain) and removes the marker the restore left. Registered by
 * {@link DatabaseConfiguration} on the embedded server.
 */
final class RestoreMarker implements ApplicationRunner {

    private final EmbeddedMariaDb server;
    private final ApplicationEventPublisher events;

    RestoreMarker(EmbeddedMariaDb server, ApplicationEventPublisher events) {
        this.server = server;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Path marker = server.dataDir().resolve(BackupCommand.RESTORED_MARKER);
        if (!Files.exists(marker)) {
            return;
        }
        var p = new Properties();
        try (var reader = Files.newBufferedReader(marker)) {
            p.load(reader);
        }
        events.publishEvent(new DatabaseRestored(p.getProperty("backup-file"), p.getProperty("backup-sha256"),
                Instant.parse(p.getProperty("backup-created")), p.getProperty("schema-version"),
                Instant.parse(p.getProperty("restored-at"))));
        Files.delete(marker);
    }
}
