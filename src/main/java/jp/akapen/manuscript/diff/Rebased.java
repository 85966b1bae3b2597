package jp.akapen.manuscript.diff;

import java.util.Objects;

/**
 * A change computed against an older draft, and where it lands in the newer draft:
 * {@code moved} is null when the resident's edit touched the change or its context (a conflict).
 */
public record Rebased(Change original, Change moved) {

    public Rebased {
        Objects.requireNonNull(original, "original");
        if (moved != null && (!moved.before().equals(original.before()) || !moved.after().equals(original.after()))) {
            throw new IllegalArgumentException("a moved change keeps its before and after text");
        }
    }

    /** True when the change could not be moved safely and needs the contractor's eye again. */
    public boolean conflict() {
        return moved == null;
    }
}
