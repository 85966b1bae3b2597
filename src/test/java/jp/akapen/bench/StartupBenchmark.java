package jp.akapen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's start-up figures: seconds from starting the packaged portal (demo data, embedded MariaDB) to its first
 * HTTP 200 of {@code /login}, on a fresh home directory (MariaDB unpacked and initialised, migrations, demo data),
 * again on the same one, and on a new data directory in that home (MariaDB's binaries and system tables kept, as the
 * README's recipe leaves them: migrations and demo data), each without and with the Java 25 AOT cache (JEP 483/514/515: a training run recorded, the
 * cache created from it, then {@code -XX:AOTCache}), and the process's resident memory once it answers. The jar
 * is extracted first ({@code -Djarmode=tools extract}), as the AOT cache needs classes from the class path, not from
 * nested jars. Each kind of start runs {@code akapen.startup.rounds} times (default 3), the kinds interleaved so that
 * a change in the machine's load falls on all of them; best and median are printed.
 *
 * <p>The training run ({@code -XX:AOTMode=record}) starts the portal fully, to its first HTTP 200, so that the web
 * server, the runners and the first page are trained too, and is stopped with SIGTERM; the JVM writes the AOT
 * configuration as it exits, and {@code -XX:AOTMode=create} then assembles the cache, timed on its own. (The one-step
 * {@code -XX:AOTCacheOutput}, whose exiting JVM starts a child JVM to assemble the cache, left only its configuration
 * when started from this benchmark, though it works from a shell; Spring's {@code -Dspring.context.exit=onRefresh}
 * ends with {@code Runtime.halt}, which skips the shutdown hooks and would leave the embedded MariaDB running.)
 *
 * <p>Needs {@code .ci/mvn -DskipTests package} first; run with
 * {@code .ci/mvn -o test -Dtest=StartupBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class StartupBenchmark {

    private static final Pattern MARIADB = Pattern.compile("Embedded MariaDB on .*\\((\\d+) ms\\)");
    private static final Pattern STARTED = Pattern.compile(
            "Started AkapenApplication in ([\\d.]+) seconds \\(process running for ([\\d.]+)\\)");
    private static final Pattern LOG_TIME = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d+)");

    /**
     * One start. {@code jvmSpringSeconds} is the JVM's time until Spring's "Started" less the MariaDB start and the
     * migrations (which run inside it); {@code afterStartedSeconds} is from "Started" to the first 200: the runners
     * (demo data among them) and the first page.
     */
    record Start(String what, double secondsTo200, long jvmRssMb, long jvmFileRssMb, long allRssMb, double mariaDbSeconds,
            double migrationSeconds, double jvmSpringSeconds, double afterStartedSeconds, double demoDataSeconds) {
    }

    @Test
    void seconds_to_the_first_http_200_with_and_without_the_aot_cache() throws Exception {
        Path jar = Path.of("target/akapen-0.0.1-SNAPSHOT.jar");
        assertThat(jar).as("build the jar first: .ci/mvn -DskipTests package").exists();
        int rounds = Integer.getInteger("akapen.startup.rounds", 3);
        // not under /tmp: the portal refuses a data directory the system may empty
        Path work = Files.createDirectories(Path.of("target/startup-bench-" + System.currentTimeMillis())).toAbsolutePath();
        String java = ProcessHandle.current().info().command().orElse("java");
        run(List.of(java, "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--destination",
                work.resolve("app").toString()), work);
        Path app = work.resolve("app/akapen-0.0.1-SNAPSHOT.jar");
        Path cache = work.resolve("akapen.aot");
        System.out.println("| start | first HTTP 200 | embedded MariaDB up | migrations | JVM + Spring | runners"
                + " + first page | of which demo data | RSS of the JVM | of which file-backed | RSS with MariaDB |");

        Path trainingHome = work.resolve("home-training");
        Path configuration = work.resolve("akapen.aotconf");
        long trainingStarted = System.nanoTime();
        print(start("training run (-XX:AOTMode=record)", java, app, trainingHome,
                List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + configuration), Duration.ofMinutes(5)));
        double trainingSeconds = (System.nanoTime() - trainingStarted) / 1e9;
        boolean cached = false;
        if (Files.exists(configuration)) {
            long assemblyStarted = System.nanoTime();
            try {
                run(List.of(java, "-XX:AOTMode=create", "-XX:AOTConfiguration=" + configuration, "-XX:AOTCache=" + cache,
                        "-jar", app.toString()), work);
                cached = Files.exists(cache);
            } catch (UncheckedIOException e) {
                System.out.println("AOT cache not assembled: " + e.getMessage());
            }
            System.out.printf("AOT configuration %,d MB from the training run (%.0f s: start, first 200, SIGTERM, exit);"
                    + " AOT cache %,d MB assembled in %.0f s%n", Files.size(configuration) / 1_000_000, trainingSeconds,
                    cached ? Files.size(cache) / 1_000_000 : 0, (System.nanoTime() - assemblyStarted) / 1e9);
        } else {
            System.out.println("The training run wrote no AOT configuration: no AOT figures. Its log ends:\n"
                    + String.join("\n", lastLines.subList(Math.max(0, lastLines.size() - 40), lastLines.size())));
        }
        delete(trainingHome);

        Map<String, List<Start>> byKind = new LinkedHashMap<>();
        List<String> noCache = List.of();
        List<String> withCache = List.of("-XX:AOTCache=" + cache);
        for (int round = 1; round <= rounds; round++) {
            Path plainHome = work.resolve("home-plain-" + round);
            Path aotHome = work.resolve("home-aot-" + round);
            add(byKind, start("fresh home, no AOT cache", java, app, plainHome, noCache, Duration.ofSeconds(90)));
            if (cached) {
                add(byKind, start("fresh home, AOT cache", java, app, aotHome, withCache, Duration.ofSeconds(90)));
            }
            add(byKind, start("same home again, no AOT cache", java, app, plainHome, noCache, Duration.ofSeconds(90)));
            if (cached) {
                add(byKind, start("same home again, AOT cache", java, app, aotHome, withCache, Duration.ofSeconds(90)));
            }
            // MariaDB unpacked for the user (as the recipe's training run leaves it), a data directory not yet made
            add(byKind, start("new data directory, MariaDB unpacked, no AOT cache", java, app, plainHome, noCache,
                    freshDataDirectory(plainHome), Duration.ofSeconds(90)));
            if (cached) {
                add(byKind, start("new data directory, MariaDB unpacked, AOT cache", java, app, aotHome, withCache,
                        freshDataDirectory(aotHome), Duration.ofSeconds(90)));
            }
            delete(plainHome);
            delete(aotHome);
        }
        System.out.printf("%nBest and median of %d (first HTTP 200; parts and RSS of the median start):%n", rounds);
        System.out.println("| start | best | median | embedded MariaDB up | migrations | JVM + Spring | runners"
                + " + first page | of which demo data | RSS of the JVM | of which file-backed | RSS with MariaDB |");
        byKind.forEach((what, starts) -> {
            List<Start> sorted = starts.stream().sorted(Comparator.comparingDouble(Start::secondsTo200)).toList();
            Start median = sorted.get((sorted.size() - 1) / 2);
            System.out.printf("| %s | %.1f s | %.1f s | %.1f s | %.1f s | %.1f s | %.1f s | %s | %d MB | %d MB | %d MB |%n",
                    what,
                    sorted.getFirst().secondsTo200(), median.secondsTo200(), median.mariaDbSeconds(),
                    median.migrationSeconds(), median.jvmSpringSeconds(), median.afterStartedSeconds(),
                    seconds(median.demoDataSeconds()), median.jvmRssMb(), median.jvmFileRssMb(), median.allRssMb());
        });
        assertThat(byKind).isNotEmpty();
    }

    /** Arguments that start the portal on a new data directory beside the home's own (its MariaDB binaries kept). */
    private static List<String> freshDataDirectory(Path userHome) {
        return List.of("--akapen.db.embedded.data-dir=" + userHome.resolve(".akapen").resolve("db-fresh"));
    }

    private static void add(Map<String, List<Start>> byKind, Start s) {
        byKind.computeIfAbsent(s.what(), k -> new ArrayList<>()).add(print(s));
    }

    private static Start print(Start s) {
        System.out.printf("| %s | %.1f s | %.1f s | %.1f s | %.1f s | %.1f s | %s | %d MB | %d MB | %d MB |%n", s.what(),
                s.secondsTo200(), s.mariaDbSeconds(), s.migrationSeconds(), s.jvmSpringSeconds(),
                s.afterStartedSeconds(), seconds(s.demoDataSeconds()), s.jvmRssMb(), s.jvmFileRssMb(), s.allRssMb());
        return s;
    }

    private static String seconds(double s) {
        return Double.isNaN(s) ? "(already there)" : String.format("%.1f s", s);
    }

    /** The log of the last start, for the training run's diagnosis. */
    private List<String> lastLines = List.of();

    private Start start(String what, String java, Path app, Path home, List<String> jvmOptions, Duration exitWait)
            throws Exception {
        return start(what, java, app, home, jvmOptions, List.of(), exitWait);
    }

    private Start start(String what, String java, Path app, Path home, List<String> jvmOptions, List<String> arguments,
            Duration exitWait) throws Exception {
        Files.createDirectories(home);
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java, "-Duser.home=" + home));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", app.toString(), "--akapen.demo=true", "--server.port=" + port,
                "--akapen.mail.demo-server.smtp-port=" + freePort(), "--akapen.mail.demo-server.imap-port=" + freePort(),
                "--akapen.backup.dir=" + home.resolve("backups")));
        command.addAll(arguments);
        List<String> log = new CopyOnWriteArrayList<>();
        lastLines = log;
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    log.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        try {
            var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .timeout(Duration.ofSeconds(5)).build();
            double seconds = -1;
            while (System.nanoTime() - t0 < TimeUnit.MINUTES.toNanos(3) && process.isAlive()) {
                try {
                    if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        seconds = (System.nanoTime() - t0) / 1e9;
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            assertThat(seconds).as(what + ": no HTTP 200; log:\n" + String.join("\n", log)).isPositive();
            Thread.sleep(2_000);
            long jvmRss = rssMb(process.pid(), false, "VmRSS:");
            long jvmFileRss = rssMb(process.pid(), false, "RssFile:");
            long allRss = rssMb(process.pid(), true, "VmRSS:");
            double mariaDb = Double.parseDouble(find(log, MARIADB, 1, "NaN")) / 1000;
            double migrations = span(log, line -> line.contains(" o.f.") || line.contains("org.flywaydb"));
            double untilStarted = Double.parseDouble(find(log, STARTED, 2, "NaN"));
            return new Start(what, seconds, jvmRss, jvmFileRss, allRss, mariaDb, migrations, untilStarted - mariaDb - migrations,
                    seconds - untilStarted, demoSeconds(log));
        } finally {
            process.destroy();
            if (!process.waitFor(exitWait.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            reader.join(Duration.ofSeconds(10));
        }
    }

    private static String find(List<String> log, Pattern pattern, int group, String otherwise) {
        for (String line : log) {
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                return m.group(group);
            }
        }
        return otherwise;
    }

    /** Seconds from the first to the last log line that matches, by the log's own time stamps (0 without any). */
    private static double span(List<String> log, Predicate<String> which) {
        java.time.LocalDateTime first = null;
        java.time.LocalDateTime last = null;
        for (String line : log) {
            Matcher m = LOG_TIME.matcher(line);
            if (which.test(line) && m.find()) {
                last = java.time.LocalDateTime.parse(m.group(1));
                first = first == null ? last : first;
            }
        }
        return first == null ? 0 : Duration.between(first, last).toMillis() / 1000.0;
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** From "Demo data: ..." (the first demo line) to "Demo data loaded", by the log's own time stamps. */
    private static double demoSeconds(List<String> log) {
        java.time.LocalDateTime first = null;
        for (String line : log) {
            if (line.contains("j.akapen.demo.DemoData") || line.contains("jp.akapen.demo.DemoData")) {
                Matcher m = LOG_TIME.matcher(line);
                if (m.find()) {
                    var at = java.time.LocalDateTime.parse(m.group(1));
                    if (first == null) {
                        first = at;
                    }
                    if (line.contains("Demo data loaded")) {
                        return Duration.between(first, at).toMillis() / 1000.0;
                    }
                }
            }
        }
        return Double.NaN;
    }

    /**
     * A field of /proc/PID/status (VmRSS, or RssFile: the part mapped from files, the AOT cache among them, which
     * other processes mapping the same file share) of the JVM, or summed over the JVM and its children (MariaDB, its
     * watchdog), two seconds after the 200.
     */
    private static long rssMb(long pid, boolean withChildren, String field) throws IOException {
        long kb = 0;
        for (ProcessHandle p : ProcessHandle.of(pid).map(h -> java.util.stream.Stream.concat(java.util.stream.Stream.of(h),
                withChildren ? h.descendants() : java.util.stream.Stream.empty()).toList()).orElse(List.of())) {
            Path status = Path.of("/proc/" + p.pid() + "/status");
            if (Files.exists(status)) {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith(field)) {
                        kb += Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            }
        }
        return kb / 1024;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command, Path dir) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new UncheckedIOException(new IOException("failed: " + command + "\n" + out));
        }
    }
}
