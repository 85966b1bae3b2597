package jp.akapen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Issue 14: background work gives up the processors by lowering its own thread's priority, no one else's. */
class ThreadPriorityTest {

    private final long pid = ProcessHandle.current().pid();

    @Test
    void a_thread_that_lowers_its_priority_shows_the_new_nice_value_and_the_others_keep_theirs() throws Exception {
        long caller = ThreadPriority.currentThreadId().orElseThrow();
        OptionalInt before = ThreadPriority.niceOf(pid, caller);
        var seen = new AtomicReference<long[]>();
        var worker = new Thread(() -> {
            long tid = ThreadPriority.currentThreadId().orElseThrow();
            boolean lowered = ThreadPriority.lowerCurrentThread(10);
            seen.set(new long[] {tid, lowered ? 1 : 0, ThreadPriority.niceOf(pid, tid).orElse(-99)});
        });
        worker.start();
        worker.join();

        assertThat(seen.get()[0]).isNotEqualTo(caller);
        assertThat(seen.get()[1]).as("lowered").isEqualTo(1);
        assertThat(seen.get()[2]).as("the worker's nice value").isEqualTo(10);
        assertThat(ThreadPriority.niceOf(pid, caller)).as("the caller's").isEqualTo(before);
    }

    @Test
    void a_thread_id_is_the_kernels_and_belongs_to_this_process_only() {
        long tid = ThreadPriority.currentThreadId().orElseThrow();
        assertThat(ThreadPriority.belongsTo(pid, tid)).isTrue();
        assertThat(ThreadPriority.belongsTo(pid, 1)).as("init's thread is not ours").isFalse();
        assertThat(ThreadPriority.niceOf(pid, 1)).isEmpty();
    }

    @Test
    void values_outside_what_linux_knows_change_nothing() {
        long tid = ThreadPriority.currentThreadId().orElseThrow();
        var before = ThreadPriority.niceOf(pid, tid);
        assertThat(ThreadPriority.lower(tid, 20)).isFalse();
        assertThat(ThreadPriority.lower(tid, -5)).isFalse();
        assertThat(ThreadPriority.lower(0, 10)).as("0 would be the caller's whole process").isFalse();
        assertThat(ThreadPriority.niceOf(pid, tid)).isEqualTo(before);
    }
}
