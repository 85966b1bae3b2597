package jp.akapen.shared;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CPU priority of one thread (Linux's nice value, set with {@code setpriority(2)} through the foreign function
 * API), for background work that should leave the processors to people's requests. Without privileges a nice value
 * can only be raised (the priority lowered), never set back: lower only threads that end with their work. Where there
 * is no Linux or native access is refused, nothing changes and {@link #lower} says so by returning false.
 */
public final class ThreadPriority {

    private static final Logger log = LoggerFactory.getLogger(ThreadPriority.class);
    private static final int PRIO_PROCESS = 0;
    private static final Optional<MethodHandle> SETPRIORITY = setpriority();
    private static final VarHandle ERRNO = Linker.Option.captureStateLayout()
            .varHandle(java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));

    private ThreadPriority() {
    }

    /** The kernel's id of the calling thread (its TID, which {@code ps -L} shows), from {@code /proc/thread-self}. */
    public static OptionalLong currentThreadId() {
        try {
            String link = Files.readSymbolicLink(Path.of("/proc/thread-self")).toString(); // "<pid>/task/<tid>"
            return OptionalLong.of(Long.parseLong(link.substring(link.lastIndexOf('/') + 1)));
        } catch (IOException | UnsupportedOperationException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Sets the nice value of the calling thread; false where it could not. */
    public static boolean lowerCurrentThread(int nice) {
        var tid = currentThreadId();
        return tid.isPresent() && lower(tid.getAsLong(), nice);
    }

    /**
     * Sets the nice value (0 normal, 19 lowest) of a thread of any process of this user; false where it could not
     * (not Linux, no such thread, another user's, or a lower value than it has, which needs privileges).
     */
    public static boolean lower(long tid, int nice) {
        if (SETPRIORITY.isEmpty() || tid <= 0 || tid > Integer.MAX_VALUE || nice < 0 || nice > 19) {
            return false;
        }
        try (var arena = Arena.ofConfined()) {
            var state = arena.allocate(Linker.Option.captureStateLayout());
            int result = (int) SETPRIORITY.get().invokeExact(state, PRIO_PROCESS, (int) tid, nice);
            if (result != 0) {
                log.debug("setpriority({}, {}) failed with errno {}", tid, nice, (int) ERRNO.get(state, 0L));
            }
            return result == 0;
        } catch (Throwable e) {
            log.debug("setpriority({}, {}) could not be called", tid, nice, e);
            return false;
        }
    }

    /** The nice value of a thread of a process, from {@code /proc/<pid>/task/<tid>/stat}; empty if there is none. */
    public static OptionalInt niceOf(long pid, long tid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "task", Long.toString(tid), "stat"));
            // after the command's closing parenthesis: state (field 3) ... nice (field 19)
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return OptionalInt.of(Integer.parseInt(fields[16]));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    /** Whether the thread is one of the process's (so a thread id from elsewhere is never mistaken for it). */
    public static boolean belongsTo(long pid, long tid) {
        return Files.isDirectory(Path.of("/proc", Long.toString(pid), "task", Long.toString(tid)));
    }

    private static Optional<MethodHandle> setpriority() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        try {
            var linker = Linker.nativeLinker();
            return linker.defaultLookup().find("setpriority").map(address -> linker.downcallHandle(address,
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
                            ValueLayout.JAVA_INT), Linker.Option.captureCallState("errno")));
        } catch (RuntimeException e) { // IllegalCallerException where native access is denied
            log.info("Background work keeps its normal priority: no native access ({})", e.getMessage());
            return Optional.empty();
        }
    }
}
