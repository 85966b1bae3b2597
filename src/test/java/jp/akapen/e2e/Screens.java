package jp.akapen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType.LaunchOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium at a given screen size, with touch where a phone or tablet has it, and the two page checks the
 * layout tests share: {@code layout-faults.js} (boxes past the screen, squeezed text, small targets, cut grid
 * headers) and axe-core's serious and critical violations.
 */
public final class Screens implements AutoCloseable {

    private static final String LAYOUT_FAULTS = resource("/e2e/layout-faults.js");
    private static final String AXE = resource("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    Screens() {
        assertThat(Files.isExecutable(Browser.CHROMIUM)).as("Chromium at " + Browser.CHROMIUM).isTrue();
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new LaunchOptions()
                .setExecutablePath(Browser.CHROMIUM)
                .setHeadless(true)
                .setChromiumSandbox(false)
                .setArgs(List.of("--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run")));
    }

    /** A fresh profile reading {@code language} ("ja-JP", "en-US") on a screen of the given CSS size. */
    BrowserContext person(String language, int width, int height) {
        boolean touch = width < 1024;
        return chromium.newContext(new NewContextOptions().setLocale(language).setViewportSize(width, height)
                .setHasTouch(touch).setIsMobile(touch).setDeviceScaleFactor(1));
    }

    /** Signs in on the login page (in either language) and waits for the first signed-in page. */
    public static Page signedIn(BrowserContext person, String baseUrl, String username) {
        Page page = person.newPage();
        page.setDefaultTimeout(20_000);
        page.navigate(baseUrl + "login");
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill("akapen-demo");
        page.locator("vaadin-login-form input[name='password']").press("Enter");
        page.locator("vaadin-app-layout").waitFor();
        return page;
    }

    /**
     * Opens {@code path} as the menu does: inside the running portal by the router (no new page load, as a click on a
     * menu entry), else by loading it; returns once the portal has answered and drawn the page.
     */
    static void open(Page page, String baseUrl, String path) {
        boolean running = (Boolean) page.evaluate("() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)");
        if (!running) {
            page.navigate(baseUrl + path);
        } else {
            follow(page, baseUrl + path);
            page.waitForURL(baseUrl + path);
        }
        page.locator("vaadin-app-layout > main").first().waitFor();
        Browser.settled(page);
    }

    /**
     * Follows a link to {@code url} inside the running portal, as a menu entry does (no new page load), and returns
     * once the portal has answered, wherever the answer leads (the page, an error page, another page it forwards to).
     */
    static void follow(Page page, String url) {
        page.waitForResponse(response -> response.url().contains("v-r=uidl"), () -> page.evaluate("""
                url => {
                  const link = document.createElement('a');
                  link.href = url;
                  link.setAttribute('router-link', '');
                  document.body.appendChild(link);
                  link.click();
                  link.remove();
                }""", url));
        Browser.settled(page);
    }

    /**
     * Gives the page another screen size and waits until it has laid itself out for it: two frames, in which the
     * components' own resize observers run; where a grid rearranges its columns on the server for narrow windows
     * ({@code GridOnPhones}), also Vaadin's 300 ms pause before it tells the server of a resize, and the server's answer.
     */
    static void resize(Page page, int width, int height) {
        page.setViewportSize(width, height);
        if ((Boolean) page.evaluate("() => !!document.querySelector('vaadin-grid.fits-phones')")) {
            page.waitForTimeout(350);
            Browser.settled(page);
        } else {
            page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        }
    }

    /** What {@code layout-faults.js} finds on the page as it is now, one sentence each. */
    @SuppressWarnings("unchecked")
    static List<String> layoutFaults(Page page) {
        return (List<String>) page.evaluate(LAYOUT_FAULTS);
    }

    /** axe-core's serious and critical violations on the page, one line each. */
    @SuppressWarnings("unchecked")
    static List<String> accessibilityViolations(Page page) {
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE));
        }
        return (List<String>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, { resultTypes: ['violations'] });
                  // Vaadin Grid's own table, in its shadow DOM, holds elements a treegrid does not allow: the
                  // framework's, not ours, and the one finding left aside
                  const vaadinGridTable = (v, n) => v.id === 'aria-required-children'
                      && n.target.flat().at(-1) === '#table' && n.html.startsWith('<table id="table" role="treegrid"');
                  return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => ({ ...v, nodes: v.nodes.filter(n => !vaadinGridTable(v, n)) }))
                      .filter(v => v.nodes.length > 0)
                      .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                          + v.nodes.slice(0, 3).map(n => n.target.join(' > ')).join(' | '));
                }""");
    }

    private static String resource(String path) {
        try (InputStream in = Screens.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("not on the test classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
