package jp.akapen.edition.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The milestones of an edition on a horizontal date axis, with a line for today (W6); on narrow screens, or when
 * labels would overlap, the same milestones read as a list from top to bottom with today in its place. Each
 * milestone keeps its label and date as visible text under its marker, and an overdue one is
 * marked with ⚠ as well as red, so the figure reads aloud and in grey-scale print alike (W7).
 * Labels arrive translated; user text only ever becomes text nodes.
 */
public class MilestoneTimeline extends Div {

    /** Days of margin on either side of the earliest and latest date. */
    static final int MARGIN_DAYS = 3;

    /**
     * Neighbouring markers closer than this (in percent of the axis) put their labels on different rows: a label is
     * 7.5rem wide, and the axis is drawn across only where it is at least 53rem long (see progress.css).
     */
    static final double CLOSE_PERCENT = 16;

    /**
     * @param label what the milestone is, already translated
     * @param dateText the date as the reader should see it; null for none
     * @param date where the milestone sits on the axis
     * @param overdue whether it is past and not done
     */
    public record Point(String label, String dateText, LocalDate date, boolean overdue) {
        public Point {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * @param points the milestones, in any order; they are shown by date
     * @param today where the today line goes
     * @param todayLabel the text on the today line, already translated
     * @param ariaLabel a one-sentence summary of the figure for screen readers
     */
    public MilestoneTimeline(List<Point> points, LocalDate today, String todayLabel, String ariaLabel) {
        Objects.requireNonNull(today, "today");
        addClassName("milestone-timeline");
        getElement().setAttribute("role", "figure");
        getElement().setAttribute("aria-label", ariaLabel == null ? "" : ariaLabel);

        List<Point> sorted = points.stream().sorted(Comparator.comparing(Point::date)).toList();
        LocalDate from = Stream.concat(sorted.stream().map(Point::date), Stream.of(today))
                .min(Comparator.naturalOrder()).orElseThrow().minusDays(MARGIN_DAYS);
        LocalDate to = Stream.concat(sorted.stream().map(Point::date), Stream.of(today))
                .max(Comparator.naturalOrder()).orElseThrow().plusDays(MARGIN_DAYS);

        if (!sorted.isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("milestones");
            // The last position used on each of the two label rows.
            double[] lastOnRow = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
            boolean crowded = false;
            boolean todayListed = false;
            for (Point point : sorted) {
                if (!todayListed && point.date().isAfter(today)) {
                    list.add(todayItem(todayLabel));
                    todayListed = true;
                }
                double at = position(point.date(), from, to);
                crowded |= at - lastOnRow[0] < CLOSE_PERCENT && at - lastOnRow[1] < CLOSE_PERCENT;
                int row = row(at, lastOnRow);
                lastOnRow[row] = at;
                list.add(milestone(point, at, row));
            }
            if (!todayListed) {
                list.add(todayItem(todayLabel));
            }
            add(list);
            if (crowded) {
                // labels would overlap on the axis at any width: read it as a list from top to bottom instead
                addClassName("crowded");
            }
        }
        add(todayLine(position(today, from, to), todayLabel));
    }

    /** Where {@code date} sits between {@code from} (0) and {@code to} (100), in percent, clamped. */
    static double position(LocalDate date, LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to);
        if (span <= 0) {
            return 50;
        }
        return ChartSupport.clamp(100.0 * ChronoUnit.DAYS.between(from, date) / span);
    }

    /** Row 0 unless its last label is too close; then row 1 if that one is free; else the roomier row. */
    private static int row(double at, double[] lastOnRow) {
        if (at - lastOnRow[0] >= CLOSE_PERCENT) {
            return 0;
        }
        if (at - lastOnRow[1] >= CLOSE_PERCENT) {
            return 1;
        }
        return lastOnRow[0] <= lastOnRow[1] ? 0 : 1;
    }

    private static ListItem milestone(Point point, double at, int row) {
        var item = new ListItem();
        item.addClassNames("milestone", "row-" + row);
        item.getStyle().set("left", ChartSupport.percent(at));

        var marker = new Span();
        marker.addClassName("milestone-marker");
        marker.getElement().setAttribute("aria-hidden", "true");
        item.add(marker);

        var text = new Span();
        text.addClassName("milestone-text");
        if (point.overdue()) {
            item.addClassName("overdue");
            var warning = new Span("⚠");
            warning.addClassName("milestone-warning");
            text.add(warning);
        }
        var label = new Span(point.label());
        label.addClassName("milestone-label");
        text.add(label);
        if (point.dateText() != null && !point.dateText().isBlank()) {
            var date = new Span(point.dateText());
            date.addClassName("milestone-date");
            text.add(date);
        }
        item.add(text);
        return item;
    }

    /** Today as an entry among the milestones, for the top-to-bottom reading on narrow screens. */
    private static ListItem todayItem(String todayLabel) {
        var item = new ListItem();
        item.addClassName("milestone-today");
        var label = new Span(todayLabel == null ? "" : todayLabel);
        label.addClassName("timeline-today-label");
        item.add(label);
        return item;
    }

    private static Div todayLine(double at, String todayLabel) {
        var line = new Div();
        line.addClassName("timeline-today");
        line.getStyle().set("left", ChartSupport.percent(at));
        var label = new Span(todayLabel == null ? "" : todayLabel);
        label.addClassName("timeline-today-label");
        line.add(label);
        return line;
    }
}
