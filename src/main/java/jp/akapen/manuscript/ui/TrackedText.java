package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import jp.akapen.manuscript.Decision;
import jp.akapen.manuscript.TrackedChange;

/**
 * A text with its changes inline: deletions struck through, insertions underlined, each change
 * numbered, so they read in colour and in grey-scale print alike. Unchanged text goes in as plain
 * text nodes; each change is one span holding at most one deletion and one insertion span, so the
 * page grows with the number of changes, not with the length of the text. Never HTML: user text
 * only ever becomes text nodes.
 */
class TrackedText extends Div {

    private final Map<Long, Span> spans = new HashMap<>();

    /**
     * @param changes changes against {@code base}, without conflicts
     * @param onSelect called with a change's id when the reader clicks it; null for none
     */
    TrackedText(String base, List<TrackedChange> changes, LongConsumer onSelect) {
        addClassName("tracked-text");
        int at = 0;
        for (TrackedChange change : changes.stream().sorted(Comparator.comparingInt(TrackedChange::start)).toList()) {
            if (change.start() > at) {
                add(new Text(base.substring(at, change.start())));
            }
            add(changeSpan(change, onSelect));
            at = change.end();
        }
        if (at < base.length()) {
            add(new Text(base.substring(at)));
        }
    }

    private Span changeSpan(TrackedChange change, LongConsumer onSelect) {
        var span = new Span();
        span.addClassNames("change", "decision-" + change.decision().name().toLowerCase(Locale.ROOT));
        span.getElement().setAttribute("data-seq", String.valueOf(change.seq()));
        span.getElement().setAttribute("title", "#" + change.seq());
        if (!change.before().isEmpty()) {
            var deleted = new Span(change.before());
            deleted.addClassName("change-del");
            span.add(deleted);
        }
        if (!change.after().isEmpty()) {
            var inserted = new Span(change.after());
            inserted.addClassName("change-ins");
            span.add(inserted);
        }
        if (onSelect != null) {
            ComponentEventListener<ClickEvent<Span>> listener = click -> onSelect.accept(change.id());
            span.addClickListener(listener);
        }
        spans.put(change.id(), span);
        return span;
    }

    void select(long changeId) {
        spans.values().forEach(s -> s.removeClassName("selected"));
        var span = spans.get(changeId);
        if (span != null) {
            span.addClassName("selected");
            span.scrollIntoView();
        }
    }

    void showDecision(long changeId, Decision decision) {
        var span = spans.get(changeId);
        if (span != null) {
            for (Decision d : Decision.values()) {
                span.removeClassName("decision-" + d.name().toLowerCase(Locale.ROOT));
            }
            span.addClassName("decision-" + decision.name().toLowerCase(Locale.ROOT));
        }
    }
}
