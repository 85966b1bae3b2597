package jp.akapen.e2e;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType.LaunchOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Debian's Chromium, headless, driven by Playwright; one per test class. */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("AKAPEN_CHROMIUM", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    Browser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("No Chromium at " + CHROMIUM + ": install Debian's chromium (.ci/mvn verify does, through .ci/test-tools)");
        }
        // A cold JVM's first Vaadin page can take seconds on a busy two-core machine.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setChromiumSandbox(false)
                .setArgs(List.of("--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run")));
    }

    /** A fresh browser profile (no cookies) whose user reads the given language, e.g. "ja-JP". */
    BrowserContext person(String language) {
        return chromium.newContext(new NewContextOptions().setLocale(language).setViewportSize(1280, 900));
    }

    static Page open(BrowserContext person, String url) {
        Page page = person.newPage();
        page.setDefaultTimeout(20_000);
        page.navigate(url);
        return page;
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
