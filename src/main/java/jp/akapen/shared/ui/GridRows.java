package jp.akapen.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;

/**
 * A grid's rows: all of them on the page while they are few, else a list that scrolls inside the page. Vaadin's client
 * fetches at most ten pages (500 rows) at once and the server refuses more, so a grid showing all its rows breaks the
 * page once a list grows past that (a demo mailbox with 600 mails did).
 */
public final class GridRows {

    /** Up to this many rows the grid shows them all; beyond, it scrolls. */
    public static final int ALL_UP_TO = 50;

    private GridRows() {
    }

    public static <T> void show(Grid<T> grid, List<T> items) {
        grid.setItems(items);
        boolean few = items.size() <= ALL_UP_TO;
        grid.setAllRowsVisible(few);
        grid.setHeight(few ? null : "32rem");
    }
}
