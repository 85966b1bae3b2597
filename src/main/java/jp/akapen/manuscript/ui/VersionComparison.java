package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import jp.akapen.manuscript.Comparison;
import jp.akapen.manuscript.TrackedChange;

/** Two versions side by side: the older with its deletions marked, the newer with its insertions. */
class VersionComparison extends Div {

    VersionComparison(Comparison comparison, String fromLabel, String toLabel) {
        addClassName("side-by-side");
        add(column(fromLabel, comparison.from().body(), comparison.changes(), true),
                column(toLabel, comparison.to().body(), comparison.changes(), false));
    }

    private static Div column(String label, String text, List<TrackedChange> changes, boolean old) {
        var body = new Div();
        body.addClassName("tracked-text");
        int at = 0;
        int shift = 0;
        for (TrackedChange change : changes) {
            int start = old ? change.start() : change.start() + shift;
            int end = old ? change.end() : start + change.after().length();
            if (start > at) {
                body.add(new Text(text.substring(at, start)));
            }
            String part = old ? change.before() : change.after();
            if (!part.isEmpty()) {
                var span = new Span(part);
                span.addClassName(old ? "change-del" : "change-ins");
                span.getElement().setAttribute("data-seq", String.valueOf(change.seq()));
                body.add(span);
            }
            at = end;
            shift += change.after().length() - change.before().length();
        }
        if (at < text.length()) {
            body.add(new Text(text.substring(at)));
        }
        var column = new Div(new H4(label), body);
        column.addClassName("side");
        return column;
    }
}
