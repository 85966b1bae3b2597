package jp.akapen.edition.progress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.akapen.manuscript.RoundTiming;

/**
 * Turnaround figures of finished correction rounds (W6), overall or per key (handler, edition, fiscal
 * year — W7). Median of an even count is the mean of the two middle values.
 */
public final class Turnarounds {

    private Turnarounds() {
    }

    /** Median and max of the contractor's and the resident's times; {@link Figures#NONE} for no rounds. */
    public static Figures of(Collection<RoundTiming> rounds) {
        if (rounds.isEmpty()) {
            return Figures.NONE;
        }
        List<Duration> contractor = new ArrayList<>(rounds.size());
        List<Duration> resident = new ArrayList<>(rounds.size());
        for (RoundTiming round : rounds) {
            contractor.add(round.contractorTime());
            resident.add(round.residentTime());
        }
        contractor.sort(null);
        resident.sort(null);
        return new Figures(rounds.size(), median(contractor), contractor.getLast(), median(resident),
                resident.getLast());
    }

    /** Figures per key, in the order keys are first seen in {@code rounds}. */
    public static <K> Map<K, Figures> by(Collection<RoundTiming> rounds, Function<RoundTiming, K> key) {
        Map<K, List<RoundTiming>> groups = new LinkedHashMap<>();
        for (RoundTiming round : rounds) {
            groups.computeIfAbsent(key.apply(round), k -> new ArrayList<>()).add(round);
        }
        Map<K, Figures> figures = new LinkedHashMap<>();
        groups.forEach((k, group) -> figures.put(k, of(group)));
        return figures;
    }

    private static Duration median(List<Duration> sorted) {
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        Duration low = sorted.get(n / 2 - 1);
        Duration high = sorted.get(n / 2);
        // low + (high - low) / 2: the mean without adding two large durations
        return low.plus(high.minus(low).dividedBy(2));
    }
}
