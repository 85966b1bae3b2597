package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
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
 * Unchanged text goes in as plain text nodes and each change as a {@code del} and an {@code ins} element, so the page
 * grows with the number of changes, not with the length of the text. User text only ever becomes
 * text nodes, never HTML. A click anywhere in the text is one listener, which finds the change by the clicked part's
 * number, not one listener per part (a long round has hundreds).
 *
 * <p>Each part is a bare element that says only what differs from the rest (issue 17: a round of 311 changes sent
 * 381 KB to open its review, most of it the parts' classes and attributes): its tag says deletion or insertion, the
 * first part alone carries the number ({@code data-seq}, which the stylesheet shows), a decision is a class only once
 * made, and the text goes in as a text node of its own rather than through {@code setText}, which first clears the
 * element's (empty) children and sends that too.
 */
class TrackedText extends Div {

    /**
     * The number of the change whose part was clicked, read in the browser: one listener for the whole text. The second
     * part of a change (its insertion after its deletion) carries no number: it follows the first at once.
     */
    static final String CLICKED_SEQ = "event.target.dataset.seq || (event.target.localName === 'ins'"
            + " && event.target.previousElementSibling ? event.target.previousElementSibling.dataset.seq : null)";
    /** The attribute of a change's first part: its number, which the stylesheet shows before it. */
    static final String SEQ = "data-seq";
    static final String SELECTED = "selected";
    /** Changes up to which {@link #onDemand} shows the text at once: a short text with a few spans. */
    static final int AT_ONCE = 20;

    private final Map<Long, List<Element>> parts = new HashMap<>();
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
                getElement().appendChild(Element.createText(base.substring(at, change.start())));
            }
            var both = new ArrayList<Element>(2);
            if (!change.before().isEmpty()) {
                both.add(part("del", change.before(), change.decision()));
            }
            if (!change.after().isEmpty()) {
                both.add(part("ins", change.after(), change.decision()));
            }
            both.getFirst().setAttribute(SEQ, String.valueOf(change.seq()));
            both.forEach(getElement()::appendChild);
            parts.put(change.id(), both);
            at = change.end();
        }
        if (at < base.length()) {
            getElement().appendChild(Element.createText(base.substring(at)));
        }
    }

    /**
     * For the pages where the text with its changes is a second view beside the cards (the contractor's, the read-only
     * round): shown at once up to {@value #AT_ONCE} changes, built on first opening above that. A round of hundreds of
     * changes otherwise carries a span per change in every session that has it open (issue 17).
     */
    static Component onDemand(Round round, Supplier<Round> again) {
        var changes = round.applicable();
        if (changes.size() <= AT_ONCE) {
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

    private static Element part(String tag, String text, Decision decision) {
        var part = new Element(tag).appendChild(Element.createText(text));
        mark(part, decision);
        return part;
    }

    /** A part's decision as its class; none while undecided, which most parts of a round are when it opens. */
    private static void mark(Element part, Decision decision) {
        for (Decision d : Decision.values()) {
            part.getClassList().set(decisionClass(d), d == decision && d != Decision.PENDING);
        }
    }

    void select(long changeId) {
        if (selected != null) {
            parts.getOrDefault(selected, List.of()).forEach(part -> part.getClassList().remove(SELECTED));
        }
        selected = changeId;
        var both = parts.get(changeId);
        if (both != null) {
            both.forEach(part -> part.getClassList().add(SELECTED));
            both.getFirst().scrollIntoView();
        }
    }

    void showDecision(long changeId, Decision decision) {
        parts.getOrDefault(changeId, List.of()).forEach(part -> mark(part, decision));
    }

    static String decisionClass(Decision decision) {
        return "decision-" + decision.name().toLowerCase(Locale.ROOT);
    }
}
