package jp.akapen.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import jp.akapen.AkapenSpringTest;
import jp.akapen.shared.ThreadPriority;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14 (other users' pages keep their pace while a cohort is erased): background work runs at a low priority in
 * the portal's JVM and, on the embedded MariaDB, in the database server, and gives the server thread up afterwards.
 */
@AkapenSpringTest
class BackgroundWorkTest {

    private static final String SERVER_THREAD =
            "SELECT TID FROM information_schema.PROCESSLIST WHERE ID = CONNECTION_ID()";

    @Autowired
    BackgroundWork background;
    @Autowired
    EmbeddedMariaDb server;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactionManager;

    private final long pid = ProcessHandle.current().pid();

    @Test
    void background_work_runs_at_low_priority_in_the_jvm_and_its_queries_and_transactions_in_the_database_too() {
        var transactions = new TransactionTemplate(transactionManager);
        long caller = ThreadPriority.currentThreadId().orElseThrow();
        var callerNice = ThreadPriority.niceOf(pid, caller);

        long[] seen = background.run("test-background", () -> {
            long javaThread = ThreadPriority.currentThreadId().orElseThrow();
            long outside = ((Number) db.fetchValue(SERVER_THREAD)).longValue();
            long inside = transactions.execute(status -> ((Number) db.fetchValue(SERVER_THREAD)).longValue());
            return new long[] {javaThread, ThreadPriority.niceOf(pid, javaThread).orElse(-99), outside, inside,
                    ThreadPriority.niceOf(server.serverPid(), inside).orElse(-99)};
        });

        assertThat(seen[0]).as("a thread of its own").isNotEqualTo(caller);
        assertThat(seen[1]).as("the Java thread's nice value").isEqualTo(10);
        assertThat(seen[3]).as("queries and transactions use one connection").isEqualTo(seen[2]);
        assertThat(seen[4]).as("the database server thread's nice value").isEqualTo(10);
        assertThat(ThreadPriority.niceOf(pid, caller)).as("the caller keeps its priority").isEqualTo(callerNice);
        long poolThread = transactions.execute(status -> ((Number) db.fetchValue(SERVER_THREAD)).longValue());
        assertThat(ThreadPriority.niceOf(server.serverPid(), poolThread)).as("the pool's connections keep theirs")
                .hasValue(0);
    }

    @Test
    void the_database_thread_it_lowered_ends_with_the_work_so_no_later_connection_gets_it() throws Exception {
        var serverThread = new AtomicLong();
        background.run("test-background", () -> {
            serverThread.set(((Number) db.fetchValue(SERVER_THREAD)).longValue());
            return null;
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (ThreadPriority.belongsTo(server.serverPid(), serverThread.get()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(ThreadPriority.belongsTo(server.serverPid(), serverThread.get())).isFalse();
    }

    @Test
    void work_that_fails_hands_its_own_exception_to_the_caller_and_the_next_work_runs() {
        var transactions = new TransactionTemplate(transactionManager);
        assertThatThrownBy(() -> background.run("test-background", () -> transactions.execute(status -> {
            db.fetchValue(SERVER_THREAD);
            throw new IllegalStateException("stopped half-way");
        }))).isInstanceOf(IllegalStateException.class).hasMessage("stopped half-way");

        Object answer = background.run("test-background",
                () -> transactions.execute(status -> db.fetchValue("SELECT 1")));
        assertThat(answer).isNotNull();
    }
}
