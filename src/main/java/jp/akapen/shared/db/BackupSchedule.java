package jp.akapen.shared.db;

import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The daily backup of the embedded database ({@code akapen.backup.cron}, Tokyo time; {@code -} turns it
 * off), keeping the newest {@code akapen.backup.keep}. Registered by {@link DatabaseConfiguration}.
 */
final class BackupSchedule {

    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);

    private final EmbeddedMariaDb server;
    private final Path folder;
    private final int keep;
    private final Clock clock;

    BackupSchedule(EmbeddedMariaDb server, Path folder, int keep, Clock clock) {
        this.server = server;
        this.folder = folder;
        this.keep = keep;
        this.clock = clock;
    }

    @Scheduled(cron = "${akapen.backup.cron:0 30 2 * * *}", zone = "Asia/Tokyo")
    void daily() {
        try {
            Path file = Backups.create(MariaDbBinaries.unpacked(server.binaryCache()), server.port(), server.credentials(),
                    folder, clock);
            var removed = Backups.prune(folder, keep);
            log.info("Backup {} written; {} older backups removed (keeping {})", file, removed.size(), keep);
        } catch (Exception e) {
            log.error("The daily backup into {} failed: {}", folder, e.getMessage(), e);
        }
    }
}
