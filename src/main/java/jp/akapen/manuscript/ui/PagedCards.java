package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jp.akapen.manuscript.TrackedChange;

/**
 * The list of a round's changes, built a page at a time: a round of hundreds of changes opens as
 * fast as one of ten, and the rest are a click (or a click on the change in the text) away. A page
 * is 20 cards: each card is about ten nodes of the session's UI tree, and every session with the
 * round open carries them (issue 17).
 */
class PagedCards extends Div {

    static final int PAGE = 20;

    private final List<TrackedChange> changes;
    private final Function<TrackedChange, ChangeCard> factory;
    private final Map<Long, ChangeCard> cards = new HashMap<>();
    private final Div list = new Div();
    private final Button more = new Button();
    private int shown;

    PagedCards(List<TrackedChange> changes, Function<TrackedChange, ChangeCard> factory) {
        this.changes = changes;
        this.factory = factory;
        list.addClassName("change-list");
        more.addClassName("more-changes");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> showMore());
        add(list, more);
        showMore();
    }

    private void showMore() {
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

    /** The change's card, building the pages before it if they are not shown yet. */
    Optional<ChangeCard> reveal(long changeId) {
        while (!cards.containsKey(changeId) && shown < changes.size()) {
            showMore();
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
