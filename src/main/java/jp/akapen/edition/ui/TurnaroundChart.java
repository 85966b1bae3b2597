package jp.akapen.edition.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How long the contractor and the resident each took, one row per round or article (W6). Both
 * series share one scale (the longest duration is the full width); the contractor's bars are
 * solid and the resident's hatched, and every value is also written next to its bar, so the chart
 * reads aloud and in grey-scale print alike (W7). Labels and values arrive translated and
 * formatted; user text only ever becomes text nodes.
 */
public class TurnaroundChart extends Div {

    /** Shown in place of a missing value text. */
    static final String NO_TEXT = "—";

    /**
     * @param label what the row is, e.g. an article title
     * @param contractor the contractor's time; null for no data
     * @param resident the resident's time; null for no data
     * @param contractorText the contractor's time as the reader should see it, e.g. "2.5日"
     * @param residentText the resident's time as the reader should see it
     */
    public record Bar(String label, Duration contractor, Duration resident, String contractorText, String residentText) {
        public Bar {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * @param bars the rows, shown in the given order
     * @param contractorLabel the contractor series' name, already translated
     * @param residentLabel the resident series' name, already translated
     * @param ariaLabel a one-sentence summary of the figure for screen readers
     */
    public TurnaroundChart(List<Bar> bars, String contractorLabel, String residentLabel, String ariaLabel) {
        addClassName("turnaround-chart");
        getElement().setAttribute("role", "figure");
        getElement().setAttribute("aria-label", ariaLabel == null ? "" : ariaLabel);

        var legend = new Div();
        legend.addClassName("turnaround-legend");
        legend.add(legendEntry("contractor", contractorLabel), legendEntry("resident", residentLabel));
        add(legend);

        long longest = bars.stream()
                .flatMap(bar -> Stream.of(bar.contractor(), bar.resident()))
                .filter(Objects::nonNull)
                .mapToLong(Duration::toMillis)
                .max().orElse(0);
        for (Bar bar : bars) {
            var row = new Div();
            row.addClassName("turnaround-row");
            var label = new Span(bar.label());
            label.addClassName("turnaround-label");
            row.add(label,
                    series("contractor", contractorLabel, bar.contractor(), bar.contractorText(), longest),
                    series("resident", residentLabel, bar.resident(), bar.residentText(), longest));
            add(row);
        }
    }

    /** The width of {@code duration} as a percentage of {@code longestMillis}; 0 for null or no scale. */
    static double width(Duration duration, long longestMillis) {
        if (duration == null || longestMillis <= 0) {
            return 0;
        }
        return ChartSupport.clamp(100.0 * duration.toMillis() / longestMillis);
    }

    private static Span legendEntry(String kind, String text) {
        var entry = new Span();
        entry.addClassNames("legend", kind);
        var swatch = new Span();
        swatch.addClassName("legend-swatch");
        swatch.getElement().setAttribute("aria-hidden", "true");
        entry.add(swatch, new Span(text == null ? "" : text));
        return entry;
    }

    private static Div series(String kind, String seriesLabel, Duration duration, String text, long longest) {
        var line = new Div();
        line.addClassNames("turnaround-series", kind);
        // The series name for screen readers; sighted readers have the legend and the fill.
        var name = new Span(seriesLabel == null ? "" : seriesLabel);
        name.addClassName("visually-hidden");
        var bar = new Div();
        bar.addClassNames("bar", kind);
        if (duration == null) {
            bar.addClassName("no-data");
        }
        bar.getStyle().set("width", ChartSupport.percent(width(duration, longest)));
        bar.getElement().setAttribute("aria-hidden", "true");
        var value = new Span(text == null || text.isBlank() ? NO_TEXT : text);
        value.addClassName("bar-value");
        line.add(name, bar, value);
        return line;
    }
}
