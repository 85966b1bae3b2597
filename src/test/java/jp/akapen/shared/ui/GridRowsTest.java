package jp.akapen.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GridRowsTest {

    @Test
    void a_short_list_shows_every_row_on_the_page() {
        var grid = new Grid<Integer>();
        GridRows.show(grid, List.of(1, 2, 3));
        assertThat(grid.isAllRowsVisible()).isTrue();
        assertThat(grid.getHeight()).isNull();
    }

    @Test
    void six_hundred_rows_scroll_inside_the_grid_as_vaadins_client_fetches_at_most_five_hundred_at_once() {
        var grid = new Grid<Integer>();
        GridRows.show(grid, IntStream.range(0, 600).boxed().toList());
        assertThat(grid.isAllRowsVisible()).isFalse();
        assertThat(grid.getHeight()).isEqualTo("32rem");

        GridRows.show(grid, List.of(1));
        assertThat(grid.isAllRowsVisible()).as("shrunk again").isTrue();
        assertThat(grid.getHeight()).isNull();
    }
}
