package jp.akapen.edition.progress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
        // nanoseconds in primitive arrays: sorting 100,000 Duration objects took most of the summary's time (W6)
        long[] contractor = new long[rounds.size()];
        long[] resident = new long[rounds.size()];
        int i = 0;
        for (RoundTiming round : rounds) {
            contractor[i] = round.contractorTime().toNanos();
            resident[i++] = round.residentTime().toNanos();
        }
        Arrays.sort(contractor);
        Arrays.sort(resident);
        return new Figures(rounds.size(), median(contractor), Duration.ofNanos(contractor[contractor.length - 1]),
                median(resident), Duration.ofNanos(resident[resident.length - 1]));
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

    private static Duration median(long[] sorted) {
        int n = sorted.length;
        if (n % 2 == 1) {
            return Duration.ofNanos(sorted[n / 2]);
        }
        Duration low = Duration.ofNanos(sorted[n / 2 - 1]);
        Duration high = Duration.ofNanos(sorted[n / 2]);
        // low + (high - low) / 2: the mean without adding two large durations
        return low.plus(high.minus(low).dividedBy(2));
    }
}
