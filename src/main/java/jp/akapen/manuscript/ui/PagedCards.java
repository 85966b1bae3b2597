package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import jp.akapen.manuscript.TrackedChange;

/**
 * The list of a round's changes, built a page at a time: a round of hundreds of changes opens as fast as one of ten,
 * and the rest are a click (or a click on the change in the text) away. A page is 10 cards, about what a desktop
 * screen shows: each card is about ten nodes of the session's UI tree (some 3 KB), and every session with the round
 * open carries them (issue 17). For the same reason the list keeps only the changes' ids: the next page reads the
 * changes again, and goes on only if they are still those the page lists.
 */
class PagedCards extends Div {

    static final int PAGE = 10;

    private final long[] ids;
    private final Supplier<List<TrackedChange>> again;
    private final Function<TrackedChange, ChangeCard> factory;
    private final Map<Long, ChangeCard> cards = new HashMap<>();
    private final Div list = new Div();
    private final Button more = new Button();
    private Paragraph stale;
    private int shown;

    /** @param again the same changes read again, for the pages after the first */
    PagedCards(List<TrackedChange> changes, Supplier<List<TrackedChange>> again,
            Function<TrackedChange, ChangeCard> factory) {
        this.ids = ids(changes);
        this.again = again;
        this.factory = factory;
        list.addClassName("change-list");
        more.addClassName("more-changes");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> again().ifPresent(this::showMore));
        add(list, more);
        showMore(changes);
    }

    private static long[] ids(List<TrackedChange> changes) {
        return changes.stream().mapToLong(TrackedChange::id).toArray();
    }

    private void showMore(List<TrackedChange> changes) {
        int until = Math.min(changes.size(), shown + PAGE);
        for (int i = shown; i < until; i++) {
            var card = factory.apply(changes.get(i));
            cards.put(changes.get(i).id(), card);
            list.add(card);
        }
        shown = until;
        more.setVisible(shown < changes.size());
        more.setText(getTranslation("manuscript.review.more", changes.size() - shown));
    }

    /** The changes as they are now, if they are still those listed; otherwise the list says to reload. */
    private Optional<List<TrackedChange>> again() {
        var now = again.get();
        if (Arrays.equals(ids, ids(now))) {
            return Optional.of(now);
        }
        if (stale == null) {
            stale = new Paragraph(getTranslation("manuscript.changes.stale"));
            stale.addClassName("form-problem");
            addComponentAtIndex(indexOf(more), stale);
        }
        return Optional.empty();
    }

    /** The change's card, building the pages before it if they are not shown yet. */
    Optional<ChangeCard> reveal(long changeId) {
        if (!cards.containsKey(changeId) && Arrays.stream(ids).anyMatch(id -> id == changeId)) {
            again().ifPresent(changes -> {
                while (!cards.containsKey(changeId) && shown < changes.size()) {
                    showMore(changes);
                }
            });
        }
        return Optional.ofNullable(cards.get(changeId));
    }

    Optional<ChangeCard> shownCard(long changeId) {
        return Optional.ofNullable(cards.get(changeId));
    }

    Iterable<ChangeCard> shownCards() {
        return cards.values();
    }
}
