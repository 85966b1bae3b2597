package jp.akapen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import jp.akapen.AkapenSpringTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 22 (W6): on a desktop screen, in Japanese and English, the progress grid's cells sit under their headers, the
 * grid fits its area without scrolling sideways, no header is cut, and the timeline's labels never touch.
 */
@AkapenSpringTest
class ProgressGridEndToEndTest {

    static Screens screens;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        screens = new Screens();
    }

    @AfterAll
    static void stopBrowser() {
        screens.close();
    }

    /** Left edge and width of each shown header cell and of each cell of the first row, from the grid's table. */
    static final String COLUMNS = """
            () => {
              const grid = document.querySelector('vaadin-grid.progress-grid');
              const table = grid.shadowRoot.querySelector('table');
              const edges = cells => [...cells].filter(c => !c.hidden && c.getBoundingClientRect().width > 0)
                  .map(c => [Math.round(c.getBoundingClientRect().left), Math.round(c.getBoundingClientRect().width)]);
              return {
                heads: edges(table.querySelectorAll('thead tr:first-child th')),
                cells: edges(table.querySelectorAll('tbody tr:first-child td')),
                tableScroll: table.scrollWidth, tableWidth: table.clientWidth,
                gridRight: Math.round(grid.getBoundingClientRect().right),
                mainRight: Math.round(grid.parentElement.getBoundingClientRect().right)
              };
            }""";

    /** Pairs of timeline labels whose boxes overlap or touch (less than 4 px apart). */
    static final String TOUCHING_LABELS = """
            () => {
              const boxes = [...document.querySelectorAll('.milestone-timeline .milestone-text')]
                  .map(e => [e.textContent, e.getBoundingClientRect()]).filter(([, r]) => r.width > 0);
              const touching = [];
              for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                const [a, r] = boxes[i], [b, s] = boxes[j];
                const apart = Math.max(s.left - r.right, r.left - s.right, s.top - r.bottom, r.top - s.bottom);
                if (apart < 4) touching.push(a + ' / ' + b);
              }
              return touching;
            }""";

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"ja-JP, 1280, 800", "en-US, 1280, 800", "ja-JP, 1920, 1080", "en-US, 1920, 1080"})
    void the_progress_grid_lines_up_fits_its_area_and_the_timeline_labels_stay_apart(String language, int width,
            int height) {
        try (BrowserContext person = screens.person(language, width, height)) {
            Page page = Screens.signedIn(person, "http://localhost:" + port + "/", "ward1");
            page.navigate("http://localhost:" + port + "/progress");
            page.locator("vaadin-grid.progress-grid vaadin-grid-cell-content a").first().waitFor();

            @SuppressWarnings("unchecked")
            Map<String, Object> grid = (Map<String, Object>) page.evaluate(COLUMNS);
            @SuppressWarnings("unchecked")
            List<List<Number>> heads = (List<List<Number>>) grid.get("heads");
            @SuppressWarnings("unchecked")
            List<List<Number>> cells = (List<List<Number>>) grid.get("cells");
            assertThat(heads).hasSize(7);
            assertThat(cells).hasSize(heads.size());
            for (int i = 0; i < heads.size(); i++) {
                assertThat(cells.get(i).get(0).intValue()).as("column %d's cells start under its header", i)
                        .isCloseTo(heads.get(i).get(0).intValue(), org.assertj.core.data.Offset.offset(1));
                assertThat(cells.get(i).get(1).intValue()).as("column %d as wide as its header", i)
                        .isCloseTo(heads.get(i).get(1).intValue(), org.assertj.core.data.Offset.offset(1));
            }
            assertThat(((Number) grid.get("tableScroll")).intValue()).as("no sideways scrolling inside the grid")
                    .isLessThanOrEqualTo(((Number) grid.get("tableWidth")).intValue() + 1);
            assertThat(((Number) grid.get("gridRight")).intValue()).as("the grid inside its area")
                    .isLessThanOrEqualTo(((Number) grid.get("mainRight")).intValue());
            assertThat(page.locator(".milestone-timeline .milestone")).not().hasCount(0);
            @SuppressWarnings("unchecked")
            List<String> touching = (List<String>) page.evaluate(TOUCHING_LABELS);
            assertThat(touching).as("timeline labels that touch").isEmpty();
            assertThat(Screens.layoutFaults(page)).isEmpty();
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "screenshots",
                    "progress-" + language.substring(0, 2) + "-" + width + ".png")));
        }
    }
}
