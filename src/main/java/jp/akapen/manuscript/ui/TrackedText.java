package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.LongConsumer;
import jp.akapen.manuscript.Decision;
import jp.akapen.manuscript.Round;
import jp.akapen.manuscript.TrackedChange;

/**
 * A text with its changes inline: deletions struck through, insertions underlined twice, the
 * first part of each change numbered, so they read in colour and in grey-scale print alike.
 * Unchanged text goes in as plain text nodes and each change as one span per side, so the page
 * grows with the number of changes, not with the length of the text. User text only ever becomes
 * text nodes, never HTML. A click anywhere in the text is one listener, which finds the change by the clicked span's
 * number, not one listener per span (a long round has hundreds).
 */
class TrackedText extends Div {

    /** The number of the change whose span was clicked, read in the browser: one listener for the whole text. */
    static final String CLICKED_SEQ = "event.target.dataset.seq";

    private final Map<Long, List<Span>> parts = new HashMap<>();
    private Long selected;

    /**
     * @param changes changes against {@code base}, without conflicts
     * @param onSelect called with a change's id when the reader clicks it; null for none
     */
    TrackedText(String base, List<TrackedChange> changes, LongConsumer onSelect) {
        addClassName("tracked-text");
        if (onSelect != null) {
            Map<String, Long> idOfSeq = new HashMap<>();
            changes.forEach(change -> idOfSeq.put(String.valueOf(change.seq()), change.id()));
            getElement().addEventListener("click", click -> {
                var seq = click.getEventData().get(CLICKED_SEQ);
                Long id = seq != null && seq.isString() ? idOfSeq.get(seq.asString()) : null;
                if (id != null) {
                    onSelect.accept(id);
                }
            }).addEventData(CLICKED_SEQ);
        }
        int at = 0;
        for (TrackedChange change : changes.stream().sorted(Comparator.comparingInt(TrackedChange::start)).toList()) {
            if (change.start() > at) {
                add(new Text(base.substring(at, change.start())));
            }
            var spans = new ArrayList<Span>(2);
            if (!change.before().isEmpty()) {
                spans.add(part(change, change.before(), "change-del"));
            }
            if (!change.after().isEmpty()) {
                spans.add(part(change, change.after(), "change-ins"));
            }
            spans.getFirst().addClassName("change-start");
            spans.forEach(this::add);
            parts.put(change.id(), spans);
            at = change.end();
        }
        if (at < base.length()) {
            add(new Text(base.substring(at)));
        }
    }

    /**
     * For the pages where the text with its changes is a second view beside the cards (the contractor's, the read-only
     * round): shown at once up to a page of cards, built on first opening above that. A round of hundreds of changes
     * otherwise carries a span per change in every session that has it open (issue 17).
     */
    static Component onDemand(Round round, Supplier<Round> again) {
        var changes = round.applicable();
        if (changes.size() <= PagedCards.PAGE) {
            return new TrackedText(round.baseText(), changes, null);
        }
        // read again when opened, not kept: the base text and the changes would stay in the session meanwhile
        int shown = fingerprint(round);
        return OnDemand.section("tracked-text-details", () -> {
            var now = again.get();
            if (fingerprint(now) != shown) {
                var stale = new Paragraph();
                stale.setText(stale.getTranslation("manuscript.tracked.stale"));
                stale.addClassName("form-problem");
                return stale;
            }
            return new TrackedText(now.baseText(), now.applicable(), null);
        }, "manuscript.tracked.show", changes.size());
    }

    /** Tells a round's base text and changes from others: what the page's cards were built from. */
    private static int fingerprint(Round round) {
        int hash = round.baseText().hashCode();
        for (TrackedChange c : round.applicable()) {
            hash = 31 * hash + Objects.hash(c.id(), c.start(), c.end(), c.before(), c.after());
        }
        return hash;
    }

    private Span part(TrackedChange change, String text, String kind) {
        var span = new Span(text);
        span.addClassNames("change", kind, decisionClass(change.decision()));
        span.getElement().setAttribute("data-seq", String.valueOf(change.seq()));
        return span;
    }

    void select(long changeId) {
        if (selected != null) {
            parts.getOrDefault(selected, List.of()).forEach(s -> s.removeClassName("selected"));
        }
        selected = changeId;
        var spans = parts.get(changeId);
        if (spans != null) {
            spans.forEach(s -> s.addClassName("selected"));
            spans.getFirst().scrollIntoView();
        }
    }

    void showDecision(long changeId, Decision decision) {
        for (Span span : parts.getOrDefault(changeId, List.of())) {
            for (Decision d : Decision.values()) {
                span.removeClassName(decisionClass(d));
            }
            span.addClassName(decisionClass(decision));
        }
    }

    static String decisionClass(Decision decision) {
        return "decision-" + decision.name().toLowerCase(Locale.ROOT);
    }
}
