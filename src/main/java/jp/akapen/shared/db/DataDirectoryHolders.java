package jp.akapen.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who holds a data directory before a server is started on it. A server that outlived the JVM that
 * started it (proven by the pid file MariaDB wrote into the directory, and by that JVM being gone) is
 * stopped and the fact logged; anything else holding the directory is named in one line, and nothing
 * is touched.
 */
final class DataDirectoryHolders {

    static final String SERVER_PID_FILE = "akapen-mariadbd.pid";
    static final String OWNER_FILE = "akapen-owner.pid";
    static final String PORT_FILE = "akapen-mariadbd.port";
    private static final Logger log = LoggerFactory.getLogger(DataDirectoryHolders.class);

    record Holder(long pid, String commandLine) {
    }

    private DataDirectoryHolders() {
    }

    /** Marks the directory as this JVM's, so that a later start can tell a live owner from a dead one. */
    static void claim(Path dataDir) throws IOException {
        var self = ProcessHandle.current();
        Files.writeString(dataDir.resolve(OWNER_FILE),
                self.pid() + " " + self.info().startInstant().map(Instant::toString).orElse("-") + "\n");
    }

    /** Makes the directory free for a new server, or says why it cannot be. */
    static void free(Path dataDir) {
        List<Holder> holders = holding(dataDir);
        if (holders.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> owner = liveOwner(dataDir);
        if (owner.isPresent()) {
            throw new IllegalStateException("The embedded MariaDB's data directory " + dataDir
                    + " is in use by another running Akapen (process " + owner.get().pid()
                    + "): stop that one first, or set akapen.db.embedded.data-dir to another folder");
        }
        long leftBehind = serverPid(dataDir);
        for (Holder holder : holders) {
            if (holder.pid() != leftBehind) {
                throw new IllegalStateException("The embedded MariaDB's data directory " + dataDir
                        + " is held by process " + holder.pid() + " (" + abbreviate(holder.commandLine())
                        + "): stop that process, or set akapen.db.embedded.data-dir to another folder");
            }
        }
        log.warn("An embedded MariaDB (process {}) left running by an earlier start that ended abruptly still holds {};"
                + " stopping it", leftBehind, dataDir);
        var server = ProcessHandle.of(leftBehind);
        var runDirectory = server.flatMap(MariaDbServer::runDirectory);
        server.ifPresent(DataDirectoryHolders::stop);
        runDirectory.ifPresent(MariaDbBinaries::delete);
    }

    /** Records the port of the server this JVM runs, for a backup taken while the portal runs. */
    static void recordPort(Path dataDir, int port) throws IOException {
        Files.writeString(dataDir.resolve(PORT_FILE), port + "\n");
    }

    /** The port of the server a live portal runs on this directory, if one does. */
    static java.util.OptionalInt runningServerPort(Path dataDir) {
        if (liveOwner(dataDir).isEmpty() || holding(dataDir).isEmpty()) {
            return java.util.OptionalInt.empty();
        }
        try {
            return java.util.OptionalInt.of(Integer.parseInt(Files.readString(dataDir.resolve(PORT_FILE)).trim()));
        } catch (IOException | NumberFormatException e) {
            return java.util.OptionalInt.empty();
        }
    }

    /** Processes whose command line names this data directory. */
    static List<Holder> holding(Path dataDir) {
        String wanted = dataDir.toAbsolutePath().normalize().toString();
        var holders = new ArrayList<Holder>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                long pid = Long.parseLong(process.getFileName().toString());
                if (pid == ProcessHandle.current().pid()) {
                    continue;
                }
                List<String> arguments = commandLine(process);
                boolean holds = false;
                for (int i = 0; i < arguments.size(); i++) {
                    String argument = arguments.get(i);
                    if (argument.equals("--datadir=" + wanted)
                            || argument.equals("--datadir") && i + 1 < arguments.size() && arguments.get(i + 1).equals(wanted)) {
                        holds = true;
                    }
                }
                if (holds) {
                    holders.add(new Holder(pid, String.join(" ", arguments)));
                }
            }
        } catch (IOException e) {
            log.debug("Cannot list processes", e);
        }
        return holders;
    }

    private static List<String> commandLine(Path process) {
        try {
            String raw = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
            return raw.isEmpty() ? List.of() : List.of(raw.split("\0"));
        } catch (IOException e) {
            return List.of(); // the process ended, or is not ours to read
        }
    }

    private static Optional<ProcessHandle> liveOwner(Path dataDir) {
        try {
            String[] recorded = Files.readString(dataDir.resolve(OWNER_FILE)).trim().split(" ");
            return ProcessHandle.of(Long.parseLong(recorded[0]))
                    .filter(ProcessHandle::isAlive)
                    .filter(jvm -> jvm.info().startInstant().map(Instant::toString).orElse("-").equals(recorded[1]));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long serverPid(Path dataDir) {
        try {
            return Long.parseLong(Files.readString(dataDir.resolve(SERVER_PID_FILE)).trim());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** SIGTERM (InnoDB shuts down cleanly), then SIGKILL if it has not ended within a minute. */
    static void stop(ProcessHandle server) {
        server.destroy();
        try {
            server.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            server.destroyForcibly();
            waitFor(server, Duration.ofSeconds(10));
        }
    }

    static void waitFor(ProcessHandle process, Duration limit) {
        try {
            process.onExit().get(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // still running: the caller decides
        }
    }

    private static String abbreviate(String commandLine) {
        return commandLine.length() <= 160 ? commandLine : commandLine.substring(0, 157) + "...";
    }
}
