package jp.akapen.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType.LaunchOptions;
import com.microsoft.playwright.Playwright;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What the per-session benchmarks share: a headless Chromium to open many sessions, and the heap they retain. */
final class Sessions {

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
    static long heapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
