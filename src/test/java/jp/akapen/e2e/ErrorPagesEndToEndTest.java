package jp.akapen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.akapen.AkapenSpringTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A signed-in person who types a wrong address sees the portal's "not found" page, and one who opens a page
 * their role may not open sees a "not allowed" page, both in the portal's language and in its layout, on a
 * desktop and on a phone (issue 24). Screenshots: target/screenshots/error-*.png.
 */
@AkapenSpringTest
class ErrorPagesEndToEndTest {

    static Screens screens;

    @LocalServerPort
    int port;

    @BeforeAll
    static void chromium() {
        screens = new Screens();
    }

    @AfterAll
    static void close() {
        screens.close();
    }

    record Expected(String notFound, String forbidden) {
    }

    static final Map<String, Expected> TITLES = Map.of(
            "ja-JP", new Expected("ページが見つかりません", "このページを開く権限がありません"),
            "en-US", new Expected("Page not found", "You may not open this page"));

    @Test
    void a_wrong_address_and_a_forbidden_page_say_so_in_the_portals_language_on_a_desktop_and_a_phone() {
        for (String language : List.of("ja-JP", "en-US")) {
            for (int[] size : List.of(new int[] {1280, 900}, new int[] {390, 844})) {
                try (BrowserContext staff = screens.person(language, size[0], size[1])) {
                    Page page = Screens.signedIn(staff, "http://localhost:" + port + "/", "staff1");
                    if (!page.url().endsWith("/")) {
                        page.navigate("http://localhost:" + port + "/"); // a notice to read first
                    }
                    String where = language + " " + size[0] + " px";

                    page.navigate("http://localhost:" + port + "/no-such-page");
                    page.waitForLoadState(LoadState.NETWORKIDLE);
                    assertThat(page.locator("main h1, h1").first()).hasText(TITLES.get(language).notFound());
                    assertThat(page).hasTitle(TITLES.get(language).notFound());
                    assertThat(page.locator("vaadin-app-layout")).isVisible();
                    assertThat(Screens.layoutFaults(page)).as(where).isEmpty();
                    shoot(page, "error-404-" + language.substring(0, 2) + "-" + size[0]);

                    page.navigate("http://localhost:" + port + "/audit");
                    page.waitForLoadState(LoadState.NETWORKIDLE);
                    assertThat(page.locator("main h1, h1").first()).hasText(TITLES.get(language).forbidden());
                    assertThat(page).hasTitle(TITLES.get(language).forbidden());
                    assertThat(Screens.layoutFaults(page)).as(where).isEmpty();
                    assertThat(Screens.accessibilityViolations(page)).as(where).isEmpty();
                    shoot(page, "error-403-" + language.substring(0, 2) + "-" + size[0]);
                }
            }
        }
    }

    private static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
    }
}
