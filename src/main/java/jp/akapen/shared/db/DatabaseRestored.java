package jp.akapen.shared.db;

import java.time.Instant;

/**
 * Published once at the first start after a restore (issue 20), so that the audit log records the
 * restore after the restored chain.
 */
public record DatabaseRestored(String backupFile, String backupSha256, Instant backupCreated, String schemaVersion,
        Instant restoredAt) {
}
