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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's start-up figures: seconds from starting the packaged portal (demo data, embedded MariaDB) to its first
 * HTTP 200, on a fresh home directory (MariaDB unpacked and initialised, migrations, demo data) and again on the same
 * one, each without and with the Java 25 AOT cache (JEP 483/514: one training run with {@code -XX:AOTCacheOutput},
 * then {@code -XX:AOTCache}), and the process's resident memory once it answers. The jar is extracted first
 * ({@code -Djarmode=tools extract}), as the AOT cache needs classes from the class path, not from nested jars.
 * Needs {@code .ci/mvn -DskipTests package} first; run with
 * {@code .ci/mvn -o test -Dtest=StartupBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class StartupBenchmark {

    private static final Pattern MARIADB = Pattern.compile("Embedded MariaDB on .*\\((\\d+) ms\\)");
    private static final Pattern STARTED = Pattern.compile("Started AkapenApplication in ([\\d.]+) seconds");
    private static final Pattern LOG_TIME = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d+)");

    record Start(String what, double secondsTo200, long jvmRssMb, long allRssMb, String mariaDbMs,
            String springSeconds, double demoDataSeconds) {
    }

    @Test
    void seconds_to_the_first_http_200_with_and_without_the_aot_cache() throws Exception {
        Path jar = Path.of("target/akapen-0.0.1-SNAPSHOT.jar");
        assertThat(jar).as("build the jar first: .ci/mvn -DskipTests package").exists();
        // not under /tmp: the portal refuses a data directory the system may empty
        Path work = Files.createDirectories(Path.of("target/startup-bench-" + System.currentTimeMillis())).toAbsolutePath();
        String java = ProcessHandle.current().info().command().orElse("java");
        run(List.of(java, "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--destination",
                work.resolve("app").toString()), work);
        Path app = work.resolve("app/akapen-0.0.1-SNAPSHOT.jar");
        Path cache = work.resolve("akapen.aot");

        List<Start> starts = new ArrayList<>();
        starts.add(print(start("fresh home, no AOT cache", java, app, work.resolve("home-plain"), List.of())));
        starts.add(print(start("same home again, no AOT cache", java, app, work.resolve("home-plain"), List.of())));
        print(start("training run (writes the AOT cache at exit)", java, app, work.resolve("home-training"),
                List.of("-XX:AOTCacheOutput=" + cache)));
        // the cache is assembled as the training run exits
        for (int i = 0; i < 120 && (!Files.exists(cache) || Files.exists(Path.of(cache + ".config"))); i++) {
            Thread.sleep(500);
        }
        if (Files.exists(cache) && !Files.exists(Path.of(cache + ".config"))) {
            System.out.printf("AOT cache: %,d MB%n", Files.size(cache) / 1_000_000);
            starts.add(print(start("fresh home, AOT cache", java, app, work.resolve("home-aot"),
                    List.of("-XX:AOTCache=" + cache))));
            starts.add(print(start("same home again, AOT cache", java, app, work.resolve("home-aot"),
                    List.of("-XX:AOTCache=" + cache))));
        } else {
            System.out.println("AOT cache not written by the training run (a gap: no AOT figures)");
        }
        System.out.println("| start | first HTTP 200 | embedded MariaDB up | Spring's \"Started in\" | demo data"
                + " | RSS of the JVM | RSS with MariaDB |");
        starts.forEach(StartupBenchmark::row);
        assertThat(starts).isNotEmpty();
    }

    private static Start print(Start s) {
        row(s);
        return s;
    }

    private static void row(Start s) {
        System.out.printf("| %s | %.1f s | %s ms | %s s | %.1f s | %d MB | %d MB |%n", s.what(), s.secondsTo200(),
                s.mariaDbMs(), s.springSeconds(), s.demoDataSeconds(), s.jvmRssMb(), s.allRssMb());
    }

    private Start start(String what, String java, Path app, Path home, List<String> jvmOptions) throws Exception {
        Files.createDirectories(home);
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java, "-Duser.home=" + home));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", app.toString(), "--akapen.demo=true", "--server.port=" + port,
                "--akapen.mail.demo-server.smtp-port=" + freePort(), "--akapen.mail.demo-server.imap-port=" + freePort(),
                "--akapen.backup.dir=" + home.resolve("backups")));
        List<String> log = new CopyOnWriteArrayList<>();
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread.ofVirtual().start(() -> {
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
            return new Start(what, seconds, rssMb(process.pid(), false), rssMb(process.pid(), true), find(log, MARIADB),
                    find(log, STARTED), demoSeconds(log));
        } finally {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static String find(List<String> log, Pattern pattern) {
        for (String line : log) {
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        return "?";
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

    /** Resident memory of the JVM, or of the JVM and its children (MariaDB, its watchdog), two seconds after the 200. */
    private static long rssMb(long pid, boolean withChildren) throws IOException {
        long kb = 0;
        for (ProcessHandle p : ProcessHandle.of(pid).map(h -> java.util.stream.Stream.concat(java.util.stream.Stream.of(h),
                withChildren ? h.descendants() : java.util.stream.Stream.empty()).toList()).orElse(List.of())) {
            Path status = Path.of("/proc/" + p.pid() + "/status");
            if (Files.exists(status)) {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
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
