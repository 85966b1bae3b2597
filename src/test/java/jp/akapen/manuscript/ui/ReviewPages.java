package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import jp.akapen.manuscript.Round;

/** Lets the benchmark build the resident's review panel, which is package-private. */
public final class ReviewPages {

    private ReviewPages() {
    }

    /** The review panel for a round, built as the page builds it (no service call happens while building). */
    public static Component build(Round round) {
        return new ReviewPanel(null, round, () -> round, () -> { });
    }

    /** The inline tracked text alone, as the review page shows it. */
    public static Component trackedText(Round round) {
        return new TrackedText(round.baseText(), round.applicable(), id -> { });
    }

    /** Elements in the component's tree, text nodes not counted. */
    public static int elements(Element root) {
        int count = root.isTextNode() ? 0 : 1;
        for (int i = 0; i < root.getChildCount(); i++) {
            count += elements(root.getChild(i));
        }
        return count;
    }
}
