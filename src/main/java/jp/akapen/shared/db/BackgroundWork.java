package jp.akapen.shared.db;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import jp.akapen.shared.ThreadPriority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs long background work (a cohort's erasure) at a low CPU priority, so that people's page round trips beside it
 * keep their pace: on a thread of its own with a raised nice value ({@code akapen.background.nice}, default 10), and,
 * on the embedded MariaDB, with a database connection of its own, bound to that thread for every transaction and
 * query of the work, whose server thread is lowered the same way. The embedded server keeps no idle threads
 * ({@code --thread-cache-size=0}), so that server thread ends with the connection and no later connection inherits
 * its priority. An external database's threads are not this host's to change: there only the Java thread is lowered.
 * The caller waits for the work and gets its result or its exception.
 */
@Component
public class BackgroundWork {

    private static final Logger log = LoggerFactory.getLogger(BackgroundWork.class);

    private final DataSource dataSource;
    private final ObjectProvider<EmbeddedMariaDb> embedded;
    private final int nice;

    BackgroundWork(DataSource dataSource, ObjectProvider<EmbeddedMariaDb> embedded,
            @Value("${akapen.background.nice:10}") int nice) {
        this.dataSource = dataSource;
        this.embedded = embedded;
        this.nice = nice;
    }

    public <T> T run(String name, Supplier<T> work) {
        var running = start(name, work);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return running.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the work cannot be abandoned half-way by its caller: wait, then pass it on
                } catch (ExecutionException e) {
                    switch (e.getCause()) {
                        case RuntimeException failure -> throw failure;
                        case Error failure -> throw failure;
                        case Throwable failure -> throw new IllegalStateException(failure);
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * As {@link #run}, beside the caller's own work instead of in its place: the result (or the exception) completes
     * the future. Part of a larger piece of background work that can go on meanwhile (the erasure rebuilds tables
     * while it reads the values it searches them for).
     */
    public <T> CompletableFuture<T> start(String name, Supplier<T> work) {
        var future = new CompletableFuture<T>();
        var thread = new Thread(() -> {
            try {
                future.complete(runHere(name, work));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true); // a JVM that stops ends it as kill -9 would: the work's transactions roll back
        thread.start();
        return future;
    }

    private <T> T runHere(String name, Supplier<T> work) {
        long started = System.nanoTime();
        boolean javaLowered = ThreadPriority.lowerCurrentThread(nice);
        var server = embedded.getIfAvailable();
        Connection connection = server == null ? null : ownConnection(server);
        long serverThread = connection == null ? 0 : serverThreadOf(connection);
        boolean serverLowered = serverThread > 0 && ThreadPriority.belongsTo(server.serverPid(), serverThread)
                && ThreadPriority.lower(serverThread, nice);
        if (connection != null) {
            TransactionSynchronizationManager.bindResource(dataSource, new ConnectionHolder(connection));
        }
        try {
            return work.get();
        } finally {
            if (connection != null) {
                TransactionSynchronizationManager.unbindResourceIfPossible(dataSource);
                try {
                    connection.close();
                } catch (SQLException e) {
                    log.warn("{}: its database connection did not close cleanly", name, e);
                }
            }
            log.info("{} ran {} ms at nice {} (Java thread lowered: {}, database thread lowered: {}), {} ms of CPU"
                    + " on its thread", name, (System.nanoTime() - started) / 1_000_000, nice, javaLowered, serverLowered,
                    ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
        }
    }

    /** A connection as the application's user, set up as the pool's are; null (the pool serves) if it fails. */
    private static Connection ownConnection(EmbeddedMariaDb server) {
        try {
            Connection connection = server.appConnection();
            try (var statement = connection.createStatement()) {
                statement.execute(DatabaseConfiguration.CONNECTION_INIT_SQL);
            }
            return connection;
        } catch (SQLException e) {
            log.warn("Background work uses the pool's connections at their normal priority: {}", e.getMessage());
            return null;
        }
    }

    private static long serverThreadOf(Connection connection) {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "SELECT TID FROM information_schema.PROCESSLIST WHERE ID = CONNECTION_ID()")) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            log.debug("The server did not name its thread", e);
            return 0;
        }
    }
}
