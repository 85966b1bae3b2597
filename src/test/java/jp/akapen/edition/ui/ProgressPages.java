package jp.akapen.edition.ui;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.util.Optional;
import jp.akapen.edition.Edition;
import jp.akapen.edition.ProgressRow;

/** Lets the dashboard benchmark open the ward's progress page, which is package-private. */
public final class ProgressPages {

    private ProgressPages() {
    }

    /** Opens 進捗 in the window as the signed-in user: the newest edition and the turnaround summary. */
    public static Component open(BrowserlessUIContext window) {
        return window.navigate(ProgressView.class);
    }

    /** Picks one edition in the page's edition filter, which reloads the grid. */
    @SuppressWarnings("unchecked")
    public static void showEdition(Component page, long editionId) {
        Select<Optional<Edition>> editions = first(page, Select.class);
        var choice = editions.getListDataView().getItems()
                .filter(e -> e.isPresent() && e.get().id() == editionId).findFirst().orElseThrow();
        editions.setValue(choice);
    }

    /**
     * Asks for every row, as the browser does for a grid that shows all rows, so that the next round
     * trip renders them (cells and component columns); returns how many there are.
     */
    public static int requestAllRows(Component page) {
        Grid<ProgressRow> grid = progressGrid(page);
        int rows = (int) grid.getListDataView().getItemCount();
        grid.getDataCommunicator().setViewportRange(0, rows);
        return rows;
    }

    /** Rows of the progress grid that were sent (have a key for the browser). */
    public static int renderedRows(Component page) {
        Grid<ProgressRow> grid = progressGrid(page);
        var keys = grid.getDataCommunicator().getKeyMapper();
        return (int) grid.getListDataView().getItems().filter(keys::has).count();
    }

    /** The article grid: the first grid of the page (the turnaround grids come after it). */
    @SuppressWarnings("unchecked")
    private static Grid<ProgressRow> progressGrid(Component page) {
        return first(page, Grid.class);
    }

    private static <T extends Component> T first(Component root, Class<T> type) {
        T found = firstOrNull(root, type);
        if (found == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " on the page");
        }
        return found;
    }

    private static <T extends Component> T firstOrNull(Component root, Class<T> type) {
        if (type.isInstance(root)) {
            return type.cast(root);
        }
        for (Component child : (Iterable<Component>) root.getChildren()::iterator) {
            T found = firstOrNull(child, type);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
