package jp.akapen.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;

/**
 * A grid that, when the window is narrower than all its columns need, puts the columns that matter first at its start
 * and holds the first of them in place while the rest scroll sideways inside the grid, never the page (issue 21).
 * Below the width, the grid's own box stays inside the screen; no column is cut off or dropped. The window's width
 * comes from the browser at start and at each resize, so a tablet turned sideways gets the usual order back.
 */
public final class GridOnPhones<T> {

    private final Grid<T> grid;
    private final int minimumWidth;
    private final List<Grid.Column<T>> kept;
    private List<Grid.Column<T>> usualOrder = List.of();
    private boolean narrow;

    private GridOnPhones(Grid<T> grid, int minimumWidth, List<Grid.Column<T>> kept) {
        this.grid = grid;
        this.minimumWidth = minimumWidth;
        this.kept = kept;
        grid.addClassName("fits-phones");
        grid.addAttachListener(attach -> {
            var details = attach.getUI().getPage().getExtendedClientDetails();
            if (details != null) {
                fit(details.getWindowInnerWidth());
            }
            var resizes = attach.getUI().getPage().addBrowserWindowResizeListener(resize -> fit(resize.getWidth()));
            attach.unregisterListener();
            grid.addDetachListener(detach -> resizes.remove());
        });
    }

    /**
     * Below {@code minimumWidth} CSS px of window, shows {@code first} (in this order) before the other columns and
     * keeps the first of them in view. Call once the grid has all its columns.
     */
    @SafeVarargs
    public static <T> GridOnPhones<T> first(Grid<T> grid, int minimumWidth, Grid.Column<T>... first) {
        return new GridOnPhones<>(grid, minimumWidth, List.of(first));
    }

    void fit(int windowWidth) {
        boolean now = windowWidth > 0 && windowWidth < minimumWidth;
        if (now == narrow) {
            return;
        }
        narrow = now;
        if (narrow) {
            usualOrder = List.copyOf(grid.getColumns());
            List<Grid.Column<T>> order = new ArrayList<>(kept);
            usualOrder.stream().filter(c -> !kept.contains(c)).forEach(order::add);
            grid.setColumnOrder(order);
            kept.getFirst().setFrozen(true);
        } else {
            kept.getFirst().setFrozen(false);
            grid.setColumnOrder(usualOrder);
        }
        grid.getElement().setAttribute("narrow", narrow);
    }
}
