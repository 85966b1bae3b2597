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
