package jp.akapen.edition.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.akapen.manuscript.RoundTiming;
import org.junit.jupiter.api.Test;

class TurnaroundsTest {

    static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");

    /** A round the contractor kept {@code contractorHours} and the resident {@code residentHours}. */
    static RoundTiming round(long articleId, long handlerId, long contractorHours, long residentHours) {
        Instant returned = T0.plus(Duration.ofHours(contractorHours));
        return new RoundTiming(articleId, 1, handlerId, T0, returned, returned.plus(Duration.ofHours(residentHours)));
    }

    @Test
    void no_rounds_give_no_figures() {
        assertThat(Turnarounds.of(List.of())).isSameAs(Figures.NONE);
        assertThat(Figures.NONE).isEqualTo(new Figures(0, null, null, null, null));
    }

    @Test
    void one_round_is_its_own_median_and_max() {
        assertThat(Turnarounds.of(List.of(round(1, 9, 5, 7))))
                .isEqualTo(new Figures(1, Duration.ofHours(5), Duration.ofHours(5), Duration.ofHours(7),
                        Duration.ofHours(7)));
    }

    @Test
    void the_median_of_an_odd_count_is_the_middle_value_whatever_the_order() {
        Figures figures = Turnarounds.of(List.of(round(1, 9, 48, 1), round(2, 9, 2, 30), round(3, 9, 10, 4)));
        assertThat(figures.rounds()).isEqualTo(3);
        assertThat(figures.contractorMedian()).isEqualTo(Duration.ofHours(10));
        assertThat(figures.contractorMax()).isEqualTo(Duration.ofHours(48));
        assertThat(figures.residentMedian()).isEqualTo(Duration.ofHours(4));
        assertThat(figures.residentMax()).isEqualTo(Duration.ofHours(30));
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_two_middle_values() {
        Figures figures = Turnarounds.of(
                List.of(round(1, 9, 10, 1), round(2, 9, 1, 2), round(3, 9, 100, 3), round(4, 9, 15, 8)));
        assertThat(figures.rounds()).isEqualTo(4);
        assertThat(figures.contractorMedian()).isEqualTo(Duration.ofMinutes(12 * 60 + 30));
        assertThat(figures.contractorMax()).isEqualTo(Duration.ofHours(100));
        assertThat(figures.residentMedian()).isEqualTo(Duration.ofMinutes(150));
        assertThat(figures.residentMax()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void the_median_of_two_rounds_is_their_mean() {
        assertThat(Turnarounds.of(List.of(round(1, 9, 3, 0), round(2, 9, 4, 0))).contractorMedian())
                .isEqualTo(Duration.ofMinutes(210));
    }

    @Test
    void grouping_keeps_the_order_in_which_keys_are_first_seen() {
        List<RoundTiming> rounds = List.of(round(1, 30, 1, 1), round(2, 10, 2, 2), round(3, 30, 3, 3),
                round(4, 20, 4, 4), round(5, 10, 6, 6));
        Map<Long, Figures> byHandler = Turnarounds.by(rounds, RoundTiming::handlerId);
        assertThat(byHandler).containsOnlyKeys(30L, 10L, 20L);
        assertThat(new ArrayList<>(byHandler.keySet())).containsExactly(30L, 10L, 20L);
        assertThat(byHandler.get(30L)).isEqualTo(Turnarounds.of(List.of(rounds.get(0), rounds.get(2))));
        assertThat(byHandler.get(10L).rounds()).isEqualTo(2);
        assertThat(byHandler.get(10L).contractorMedian()).isEqualTo(Duration.ofHours(4));
        assertThat(byHandler.get(20L).contractorMax()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void grouping_no_rounds_gives_an_empty_map() {
        assertThat(Turnarounds.by(List.of(), RoundTiming::handlerId)).isEmpty();
    }
}
