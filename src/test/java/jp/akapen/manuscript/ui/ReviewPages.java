package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.akapen.manuscript.Decision;
import jp.akapen.manuscript.Round;
import jp.akapen.manuscript.RoundStatus;
import jp.akapen.manuscript.TrackedChange;
import jp.akapen.manuscript.diff.Change;
import jp.akapen.manuscript.diff.CorrectionDiff;

/** Lets the benchmark build the resident's review panel, which is package-private. */
public final class ReviewPages {

    /** Change cards the page builds before さらに表示. */
    public static final int CARDS_PER_PAGE = PagedCards.PAGE;

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

    /**
     * A returned round of the changes between two texts, every one undecided and every tenth with a comment: what the
     * benchmarks and the payload test open.
     */
    public static Round returned(String base, String corrected) {
        List<Change> changes = CorrectionDiff.between(base, corrected);
        List<TrackedChange> tracked = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            tracked.add(new TrackedChange(i + 1, i + 1, c.start(), c.end(), c.before(), c.after(), null,
                    i % 10 == 0 ? "表記を統一しました。" : null, null, false, Decision.PENDING, null, List.of()));
        }
        return new Round(1, 1, 1, 1, base, corrected, RoundStatus.RETURNED, LocalDate.now(), 1, "赤井 校子",
                Instant.now(), Instant.now(), Instant.now(), null, null, 1, tracked);
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
