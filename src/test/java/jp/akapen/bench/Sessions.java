package jp.akapen.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType.LaunchOptions;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the per-session measurements share (the benchmarks here and the load test): a headless Chromium to open many
 * sessions, the heap they retain and the connections they hold.
 */
public final class Sessions {

    private Sessions() {
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true).setChromiumSandbox(false).setArgs(List.of("--disable-dev-shm-usage", "--disable-gpu")));
    }

    /** Heap in use after three full collections a little apart, so that what is left is what is retained. */
    public static long heapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /**
     * The JVM's class histogram after a full collection (GC.class_histogram), written to a file: kept in the heap, its
     * seven thousand class names would weigh as much as tens of sessions in the next measurement. Read it with
     * {@link #bytesByClass} and {@link #instancesByClass} once the heap has been weighed, then delete it.
     */
    public static Path classHistogram() throws Exception {
        var server = ManagementFactory.getPlatformMBeanServer();
        String table = (String) server.invoke(new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                "gcClassHistogram", new Object[] {null}, new String[] {String[].class.getName()});
        Path file = Files.createTempFile("akapen-histogram-", ".txt");
        file.toFile().deleteOnExit();
        return Files.writeString(file, table);
    }

    /** Live bytes per class in a histogram from {@link #classHistogram}. */
    public static java.util.Map<String, Long> bytesByClass(Path histogram) throws IOException {
        return column(histogram, 2);
    }

    /** Live instances per class in a histogram from {@link #classHistogram}. */
    public static java.util.Map<String, Long> instancesByClass(Path histogram) throws IOException {
        return column(histogram, 1);
    }

    private static java.util.Map<String, Long> column(Path histogram, int column) throws IOException {
        var values = new java.util.HashMap<String, Long>();
        for (String line : Files.readAllLines(histogram)) {
            String[] cells = line.trim().split("\\s+");
            if (cells.length >= 4 && cells[0].endsWith(":")) {
                values.merge(cells[3], Long.parseLong(cells[column]), Long::sum);
            }
        }
        return values;
    }

    /**
     * Instances per session of the classes whose name starts with one of {@code prefixes} and whose count changed from
     * {@code before} to {@code after} by at least half an instance per session, most first.
     */
    public static String instancesPerSession(java.util.Map<String, Long> before, java.util.Map<String, Long> after,
            int sessions, List<String> prefixes) {
        return after.entrySet().stream().filter(e -> prefixes.stream().anyMatch(e.getKey()::startsWith))
                .map(e -> java.util.Map.entry(e.getKey(), (e.getValue() - before.getOrDefault(e.getKey(), 0L))
                        / (double) sessions))
                .filter(e -> Math.abs(e.getValue()) >= 0.5)
                .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> String.format("%s %.1f", e.getKey(), e.getValue()))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** A heap dump of the live objects, when system property {@code akapen.heapdumps} names a folder for it. */
    public static void heapDump(String name) throws IOException {
        String folder = System.getProperty("akapen.heapdumps");
        if (folder != null) {
            Path file = Path.of(folder, name + ".hprof");
            Files.deleteIfExists(file);
            ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .dumpHeap(file.toString(), true);
        }
    }

    /** The classes that grew most from {@code before} to {@code after}, in KB per session, largest first. */
    public static String grewMost(java.util.Map<String, Long> before, java.util.Map<String, Long> after, int sessions,
            int top) {
        return after.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0).sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top).map(e -> String.format("%s %.1f", e.getKey(), e.getValue() / 1024.0 / sessions))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** Established TCP connections whose local end is the port (/proc/net/tcp and tcp6, state 01). */
    public static int establishedConnections(int port) throws IOException {
        String hexPort = String.format(":%04X", port);
        int count = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                String[] cells = line.trim().split("\\s+");
                if (cells.length > 3 && cells[1].endsWith(hexPort) && cells[3].equals("01")) {
                    count++;
                }
            }
        }
        return count;
    }
}
