package jp.akapen.edition.ui;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.dom.Element;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.akapen.edition.ui.MilestoneTimeline.Point;
import jp.akapen.edition.ui.TurnaroundChart.Bar;
import org.junit.jupiter.api.Test;

/** The progress dashboard's two charts, without a browser (W6), and their text for screen readers and print (W7). */
class ProgressChartsTest {

    static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

    // ---- milestone timeline ----------------------------------------------------------------------

    @Test
    void markers_are_placed_proportionally_by_date() {
        assertThat(MilestoneTimeline.position(JUNE_1, JUNE_1, JUNE_1.plusDays(10))).isEqualTo(0);
        assertThat(MilestoneTimeline.position(JUNE_1.plusDays(4), JUNE_1, JUNE_1.plusDays(10))).isEqualTo(40);
        assertThat(MilestoneTimeline.position(JUNE_1.plusDays(10), JUNE_1, JUNE_1.plusDays(10))).isEqualTo(100);

        // The axis runs from May 29 (June 1 − 3 days) to June 14 (June 11 + 3 days): 16 days.
        var timeline = new MilestoneTimeline(List.of(
                new Point("入稿", "6月11日", JUNE_1.plusDays(10), false),
                new Point("初校", "6月1日", JUNE_1, false)),
                JUNE_1.plusDays(4), "今日", "進行表");

        List<Element> markers = byClass(timeline.getElement(), "milestone");
        assertThat(markers).extracting(m -> m.getStyle().get("left")).containsExactly("18.75%", "81.25%");
        assertThat(markers).extracting(Element::getTextRecursively).containsExactly("初校6月1日", "入稿6月11日");
    }

    @Test
    void todays_line_sits_at_today() {
        var timeline = new MilestoneTimeline(List.of(
                new Point("初校", "6月1日", JUNE_1, false),
                new Point("入稿", "6月11日", JUNE_1.plusDays(10), false)),
                JUNE_1.plusDays(4), "今日 6月5日", "進行表");

        Element today = only(timeline.getElement(), "timeline-today");
        assertThat(today.getStyle().get("left")).isEqualTo("43.75%"); // 7 of 16 days
        assertThat(today.getTextRecursively()).isEqualTo("今日 6月5日");

        // Today before every milestone: it sets the start of the axis.
        var early = new MilestoneTimeline(List.of(new Point("入稿", "6月11日", JUNE_1.plusDays(10), false)),
                JUNE_1, "今日", "進行表");
        assertThat(only(early.getElement(), "timeline-today").getStyle().get("left")).isEqualTo("18.75%");
    }

    @Test
    void an_overdue_milestone_has_the_overdue_class_and_a_visible_warning_marker() {
        var timeline = new MilestoneTimeline(List.of(
                new Point("初校", "6月1日", JUNE_1, true),
                new Point("入稿", "6月11日", JUNE_1.plusDays(10), false)),
                JUNE_1.plusDays(4), "今日", "進行表");

        List<Element> markers = byClass(timeline.getElement(), "milestone");
        assertThat(markers.get(0).getClassList()).contains("overdue");
        assertThat(markers.get(0).getTextRecursively()).startsWith("⚠").contains("初校", "6月1日");
        assertThat(hidden(markers.get(0), "⚠")).isFalse();
        assertThat(markers.get(1).getClassList()).doesNotContain("overdue");
        assertThat(markers.get(1).getTextRecursively()).doesNotContain("⚠");
    }

    @Test
    void neighbouring_labels_alternate_rows() {
        // 46 days of axis: a day apart is about 2%, well under the 16% that needs a second row.
        var timeline = new MilestoneTimeline(List.of(
                new Point("一", "6月1日", JUNE_1, false),
                new Point("二", "6月2日", JUNE_1.plusDays(1), false),
                new Point("三", "6月3日", JUNE_1.plusDays(2), false),
                new Point("四", "7月11日", JUNE_1.plusDays(40), false)),
                JUNE_1, "今日", "進行表");

        assertThat(byClass(timeline.getElement(), "milestone"))
                .extracting(m -> m.getClassList().contains("row-1") ? "row-1" : m.getClassList().contains("row-0") ? "row-0" : "none")
                .containsExactly("row-0", "row-1", "row-0", "row-0");
    }

    @Test
    void an_empty_timeline_shows_only_today() {
        var timeline = new MilestoneTimeline(List.of(), JUNE_1, "今日", "マイルストーンはまだありません");

        assertThat(timeline.getElement().getClassList()).contains("milestone-timeline");
        assertThat(timeline.getElement().getChildCount()).isEqualTo(1);
        Element today = timeline.getElement().getChild(0);
        assertThat(today.getClassList()).contains("timeline-today");
        assertThat(today.getStyle().get("left")).isEqualTo("50%");
        assertThat(byClass(timeline.getElement(), "milestone")).isEmpty();
        assertThat(timeline.getElement().getTextRecursively()).isEqualTo("今日");
    }

    @Test
    void each_chart_is_a_figure_named_by_its_summary() {
        var timeline = new MilestoneTimeline(List.of(), JUNE_1, "今日", "マイルストーン3件、うち1件が遅延");
        var chart = new TurnaroundChart(List.of(), "委託先", "区民記者", "所要日数の比較");

        assertThat(timeline.getElement().getAttribute("role")).isEqualTo("figure");
        assertThat(timeline.getElement().getAttribute("aria-label")).isEqualTo("マイルストーン3件、うち1件が遅延");
        assertThat(chart.getElement().getAttribute("role")).isEqualTo("figure");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("所要日数の比較");
        assertThat(chart.getElement().getClassList()).contains("turnaround-chart");
    }

    // ---- turnaround chart ------------------------------------------------------------------------

    @Test
    void bar_widths_are_proportional_to_the_largest_duration() {
        var chart = new TurnaroundChart(List.of(
                new Bar("第1稿", Duration.ofDays(2), Duration.ofDays(4), "2日", "4日"),
                new Bar("第2稿", Duration.ofHours(36), Duration.ofDays(3), "1.5日", "3日")),
                "委託先", "区民記者", "所要日数");

        assertThat(widths(chart, "contractor")).containsExactly("50%", "37.5%");
        assertThat(widths(chart, "resident")).containsExactly("100%", "75%");
        assertThat(TurnaroundChart.width(Duration.ofDays(1), Duration.ofDays(3).toMillis())).isCloseTo(33.333, within(0.001));
        assertThat(byClass(chart.getElement(), "bar")).allSatisfy(bar -> assertThat(bar.getClassList())
                .containsAnyOf("contractor", "resident"));
    }

    @Test
    void a_null_duration_draws_a_zero_width_bar_and_still_shows_its_text() {
        var chart = new TurnaroundChart(List.of(
                new Bar("第1稿", null, Duration.ofDays(2), "データなし", "2日"),
                new Bar("第2稿", Duration.ofDays(1), null, "1日", null)),
                "委託先", "区民記者", "所要日数");

        assertThat(widths(chart, "contractor")).containsExactly("0%", "50%");
        assertThat(widths(chart, "resident")).containsExactly("100%", "0%");
        List<Element> rows = byClass(chart.getElement(), "turnaround-row");
        assertThat(visibleText(rows.get(0))).contains("データなし");
        assertThat(visibleText(rows.get(1))).contains(TurnaroundChart.NO_TEXT);

        var nothing = new TurnaroundChart(List.of(new Bar("第1稿", null, null, "—", "—")), "委託先", "区民記者", "所要日数");
        assertThat(byClass(nothing.getElement(), "bar")).extracting(b -> b.getStyle().get("width")).containsOnly("0%");
    }

    @Test
    void every_value_appears_as_visible_text() {
        var chart = new TurnaroundChart(List.of(
                new Bar("旗の朝", Duration.ofHours(60), Duration.ofDays(1), "2.5日", "1.0日"),
                new Bar("川の音", Duration.ofDays(3), Duration.ofHours(12), "3.0日", "0.5日")),
                "委託先", "区民記者", "所要日数");

        String visible = visibleText(chart.getElement());
        assertThat(visible).contains("旗の朝", "川の音", "2.5日", "1.0日", "3.0日", "0.5日", "委託先", "区民記者");
        // Each value sits right after its own bar, and its series is named for screen readers.
        for (Element series : byClass(chart.getElement(), "turnaround-series")) {
            List<Element> children = series.getChildren().toList();
            int bar = indexOfClass(children, "bar");
            assertThat(children.get(bar + 1).getClassList()).contains("bar-value");
            assertThat(children.get(bar).getAttribute("aria-hidden")).isEqualTo("true");
        }
        assertThat(byClass(chart.getElement(), "legend")).extracting(l -> String.join(" ", l.getClassList()))
                .containsExactly("legend contractor", "legend resident");
        assertThat(byClass(chart.getElement(), "turnaround-series").get(0).getTextRecursively()).isEqualTo("委託先2.5日");
    }

    @Test
    void user_text_like_b_tags_in_a_label_stays_literal_text() {
        var chart = new TurnaroundChart(List.of(new Bar("<b>x</b>", Duration.ofDays(1), Duration.ofDays(1), "<i>1日</i>", "1日")),
                "<u>委託先</u>", "区民記者", "<script>alert(1)</script>");
        var timeline = new MilestoneTimeline(List.of(new Point("<b>x</b>", "<b>6月1日</b>", JUNE_1, true)),
                JUNE_1, "<b>今日</b>", "進行表");

        for (Element root : List.of(chart.getElement(), timeline.getElement())) {
            assertThat(tags(root)).doesNotContain("b", "i", "u", "script");
            assertThat(root.getOuterHTML()).doesNotContain("<b>", "<i>", "<u>").contains("&lt;b&gt;x&lt;/b&gt;");
        }
        assertThat(only(chart.getElement(), "turnaround-label").getText()).isEqualTo("<b>x</b>");
        assertThat(only(timeline.getElement(), "milestone-label").getText()).isEqualTo("<b>x</b>");
    }

    @Test
    void no_class_in_the_package_uses_html_scripts_or_paid_charts() throws IOException {
        JavaClasses ui = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.akapen.edition.ui");
        assertThat(ui.contain(MilestoneTimeline.class)).isTrue();
        assertThat(ui.contain(TurnaroundChart.class)).isTrue();

        noClasses().that().resideInAPackage("jp.akapen.edition.ui")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.component.Html")
                .orShould().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component.charts..")
                .orShould().callMethodWhere(target(name("executeJs")))
                .check(ui);

        try (Stream<Path> files = Files.walk(Path.of("src/main/java/jp/akapen/edition/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString())
                        .doesNotContain("innerHTML", "executeJs", "new Html(", "import com.vaadin.flow.component.Html;");
            }
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static List<String> widths(TurnaroundChart chart, String kind) {
        return byClass(chart.getElement(), "bar").stream()
                .filter(b -> b.getClassList().contains(kind))
                .map(b -> b.getStyle().get("width"))
                .toList();
    }

    private static int indexOfClass(List<Element> elements, String className) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).getClassList().contains(className)) {
                return i;
            }
        }
        throw new AssertionError("no ." + className);
    }

    private static List<Element> descendants(Element root) {
        var all = new ArrayList<Element>();
        var stack = new ArrayList<Element>(List.of(root));
        while (!stack.isEmpty()) {
            Element e = stack.removeFirst();
            all.add(e);
            stack.addAll(0, e.getChildren().toList());
        }
        return all;
    }

    private static List<Element> byClass(Element root, String className) {
        return descendants(root).stream()
                .filter(e -> !e.isTextNode() && e.getClassList().contains(className))
                .toList();
    }

    private static Element only(Element root, String className) {
        List<Element> found = byClass(root, className);
        assertThat(found).as("." + className).hasSize(1);
        return found.getFirst();
    }

    private static List<String> tags(Element root) {
        return descendants(root).stream().filter(e -> !e.isTextNode()).map(Element::getTag).toList();
    }

    /** Text a sighted reader sees: none from visually-hidden or aria-hidden parts. */
    private static String visibleText(Element root) {
        if (root.isTextNode()) {
            return root.getText();
        }
        if (root.getClassList().contains("visually-hidden") || "true".equals(root.getAttribute("aria-hidden"))) {
            return "";
        }
        var text = new StringBuilder();
        root.getChildren().forEach(child -> text.append(visibleText(child)));
        return text.toString();
    }

    private static boolean hidden(Element root, String text) {
        return visibleText(root).indexOf(text) < 0 && root.getTextRecursively().contains(text);
    }
}
