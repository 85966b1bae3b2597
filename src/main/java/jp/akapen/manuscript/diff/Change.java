package jp.akapen.manuscript.diff;

import java.util.Objects;

/**
 * One correction: replace {@code base.substring(start, end)} (which is {@code before}) by {@code after}.
 * Offsets are Java {@link String} indices (UTF-16 units) into the base text.
 */
public record Change(int start, int end, String before, String after) {

    public Change {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
        if (before.length() != end - start) {
            throw new IllegalArgumentException(
                    "before has " + before.length() + " chars but the range [" + start + ", " + end + ") has " + (end - start));
        }
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException("a change must delete or insert something");
        }
        if (before.equals(after)) {
            throw new IllegalArgumentException("a change must change something: " + before);
        }
    }

    /** How much longer the text becomes when this change is applied (negative when it shrinks). */
    int delta() {
        return after.length() - before.length();
    }
}
