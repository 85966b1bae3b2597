package jp.akapen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType.LaunchOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The browser tests' one extension: Debian's Chromium, headless, driven by Playwright, started once
 * for the whole run and shared by every browser test class (each person gets a fresh profile), and
 * signing people in to the application under test. Register it in an {@code @AkapenSpringTest}:
 * {@code @RegisterExtension static final Browser browser = new Browser();}
 */
final class Browser implements BeforeAllCallback {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("AKAPEN_CHROMIUM", "/usr/bin/chromium"));
    static final String DEMO_PASSWORD = "akapen-demo";

    private Chromium chromium;
    private String baseUrl;

    @Override
    public void beforeAll(ExtensionContext context) {
        chromium = context.getRoot().getStore(ExtensionContext.Namespace.create(Browser.class))
                .computeIfAbsent(Chromium.class, key -> new Chromium(), Chromium.class);
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        baseUrl = "http://localhost:" + port + "/";
    }

    /** The application's address of a path such as "login" or "manuscripts/3". */
    String url(String path) {
        return baseUrl + path;
    }

    /**
     * Waits until a page just loaded has drawn its view: Vaadin's client has no request in flight (or the page is not
     * Vaadin's). Not "network idle": every page keeps a push connection open, and waiting for the network to fall
     * quiet cost each sweep half a second or more per page.
     */
    static void settled(Page page) {
        page.waitForFunction("() => document.readyState === 'complete' && (!(window.Vaadin && window.Vaadin.Flow"
                + " && window.Vaadin.Flow.clients) || Object.values(window.Vaadin.Flow.clients)"
                + ".every(c => !c.isActive || !c.isActive()))");
    }

    /** A fresh browser profile (no cookies) whose user reads the given language, e.g. "ja-JP". */
    BrowserContext person(String language) {
        return chromium.browser.newContext(new NewContextOptions().setLocale(language).setViewportSize(1280, 900));
    }

    /** A new tab of this person showing the application's path. */
    Page open(BrowserContext person, String path) {
        Page page = person.newPage();
        page.setDefaultTimeout(20_000);
        page.navigate(url(path));
        return page;
    }

    /** Signs in on the login page and returns the page the portal shows next (home, or a notice to read first). */
    Page signIn(BrowserContext person, String username, String password) {
        Page page = open(person, "login");
        logIn(page, username, password);
        assertThat(page.locator(".user-role")).isVisible();
        return page;
    }

    /** Opens the path, signs in on the login page it leads to with the demo password, and shows the path. */
    Page signedIn(BrowserContext person, String path, String username) {
        Page page = open(person, path);
        logIn(page, username, DEMO_PASSWORD);
        assertThat(page.locator(".user-role")).isVisible();
        if (!page.url().equals(url(path))) {
            page.navigate(url(path));
        }
        return page;
    }

    /** Types into the login form and presses ログイン, as a person does. */
    static void logIn(Page page, String username, String password) {
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン").setExact(true)).click();
    }

    /** One Playwright and Chromium for the run; JUnit closes it when the last test class is done. */
    private static final class Chromium implements AutoCloseable {

        final Playwright playwright;
        final com.microsoft.playwright.Browser browser;

        Chromium() {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException("No Chromium at " + CHROMIUM
                        + ": install Debian's chromium (.ci/mvn verify does, through .ci/test-tools)");
            }
            // A cold JVM's first Vaadin page can take seconds on a busy two-core machine.
            PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setChromiumSandbox(false)
                    .setArgs(List.of("--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run")));
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
