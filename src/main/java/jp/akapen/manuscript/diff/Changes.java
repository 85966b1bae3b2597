package jp.akapen.manuscript.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Applies corrections to a text. */
public final class Changes {

    /** By start; an insertion sorts before a replacement that starts where it is inserted. */
    static final Comparator<Change> ORDER = Comparator.comparingInt(Change::start).thenComparingInt(Change::end);

    private Changes() {
    }

    /**
     * {@code base} with the given changes applied: any subset of one diff's changes, in any order
     * (they are sorted here). The result depends only on the set of changes, never on their order.
     *
     * @throws IllegalArgumentException when two changes overlap (two insertions at the same place count as
     *         overlapping: their order would be a guess), when a change reaches past the end of {@code base},
     *         or when a change's {@code before} is not the text of {@code base} at its offsets
     */
    public static String apply(String base, Collection<Change> changes) {
        Objects.requireNonNull(base, "base");
        List<Change> sorted = sorted(changes);
        StringBuilder out = new StringBuilder(base.length() + 64);
        int at = 0;
        Change previous = null;
        for (Change c : sorted) {
            if (c.end() > base.length()) {
                throw new IllegalArgumentException("change " + c + " reaches past the end of a text of " + base.length() + " chars");
            }
            if (previous != null && (c.start() < previous.end()
                    || (c.start() == previous.start() && c.start() == c.end() && previous.start() == previous.end()))) {
                throw new IllegalArgumentException("changes overlap: " + previous + " and " + c);
            }
            if (!base.startsWith(c.before(), c.start())) {
                throw new IllegalArgumentException("change " + c + " does not match the text at its offsets: \""
                        + base.substring(c.start(), c.end()) + "\"");
            }
            out.append(base, at, c.start()).append(c.after());
            at = c.end();
            previous = c;
        }
        return out.append(base, at, base.length()).toString();
    }

    static List<Change> sorted(Collection<Change> changes) {
        Objects.requireNonNull(changes, "changes");
        List<Change> sorted = new ArrayList<>(changes.size());
        for (Change c : changes) {
            sorted.add(Objects.requireNonNull(c, "a change is null"));
        }
        sorted.sort(ORDER);
        return sorted;
    }
}
