package jp.akapen.shared.db;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's redo log, written anew from where it stands. InnoDB writes every value it inserts or changes
 * to {@code ib_logfile0}, a circular file it overwrites only as it wraps round; deleting rows and rebuilding tables
 * leaves those copies there (an erasure's verification found them, issue 14). Resizing the log online (MariaDB
 * 10.9 and later) writes a new file from the current log block on and, once a checkpoint has passed that block,
 * puts it in place of the old one; {@code SET GLOBAL} returns when that is done. Each rewrite moves the size by one
 * MiB, up from an even number of MiB and down from an odd one, so it stays within a MiB of the configured size (which
 * the next start restores). The checkpoint that completes it writes the dirty pages to their files, the undo pages
 * with the old values of updated rows among them; so it first waits for purge to catch up ({@code
 * innodb_max_purge_lag_wait = 0}): undo pages purge has freed are never written (MariaDB 10.5+). Needs the owner's
 * SUPER, given at every start ({@link InitScript}).
 */
public final class RedoLog {

    private static final Logger log = LoggerFactory.getLogger(RedoLog.class);
    private static final long STEP = 1L << 20;

    private final EmbeddedMariaDb server;
    private final int purgeWaitSeconds;

    RedoLog(EmbeddedMariaDb server) {
        this(server, 60);
    }

    RedoLog(EmbeddedMariaDb server, int purgeWaitSeconds) {
        this.server = server;
        this.purgeWaitSeconds = purgeWaitSeconds;
    }

    /** Rewrites the log; empty when done, else why not (the server's message). */
    public Optional<String> rewrite() {
        long started = System.nanoTime();
        try (var connection = server.ownerConnection(); var statement = connection.createStatement()) {
            long size;
            try (var rows = statement.executeQuery("SELECT @@GLOBAL.innodb_log_file_size")) {
                rows.next();
                size = rows.getLong(1);
            }
            long target = size / STEP % 2 == 0 ? size + STEP : size - STEP;
            // cut short at the time-out, the wait ends without an error (max_statement_time) or with one (a kill)
            statement.setQueryTimeout(purgeWaitSeconds);
            long waitStarted = System.nanoTime();
            boolean caughtUp;
            try {
                statement.execute("SET GLOBAL innodb_max_purge_lag_wait = 0");
                caughtUp = System.nanoTime() - waitStarted < purgeWaitSeconds * 1_000_000_000L;
            } catch (SQLTimeoutException e) {
                caughtUp = false;
            }
            if (!caughtUp) {
                log.warn("Purge did not catch up within {} s (a long transaction?): the undo tablespaces may keep old"
                        + " values", purgeWaitSeconds);
            }
            statement.setQueryTimeout(0);
            statement.execute("SET GLOBAL innodb_log_file_size = " + target);
            log.info("Redo log rewritten ({} MiB) in {} ms", target >> 20, (System.nanoTime() - started) / 1_000_000);
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(e.getMessage());
        }
    }
}
