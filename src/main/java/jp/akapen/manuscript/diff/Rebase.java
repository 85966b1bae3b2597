package jp.akapen.manuscript.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Moves corrections made on one draft onto a newer draft that the resident saved meanwhile (W2).
 *
 * <p>Rule: the resident's edit (oldBase to newBase, found with {@link CorrectionDiff#between}) is mapped over
 * each change. A change is a conflict, never applied silently, when any part of the resident's edit touches
 * the change's own text or its context of {@value #CONTEXT} chars on either side (less at the text's edges);
 * touching includes an insertion right at either end of that window. Any other change moves by exactly the
 * length difference of the resident's edits before it, and is verified after moving: the text and context
 * at its new offsets must equal those at its old offsets, or it is reported as a conflict as well.
 *
 * <p>No fuzzy patching (diff-match-patch's {@code patchApply}) is used: it can place a change one char off
 * and still report success, for instance after a one-char insertion at the very end of its context.
 */
public final class Rebase {

    /** Chars on each side of a change that the resident must have left alone for it to move. */
    static final int CONTEXT = 8;

    private Rebase() {
    }

    /**
     * Moves {@code changes}, computed against {@code oldBase}, onto {@code newBase}. The result has one entry per
     * change, in the given order. The moved changes that are not conflicts can be applied together to {@code newBase}.
     *
     * @throws IllegalArgumentException when a change does not match {@code oldBase} at its offsets
     */
    public static List<Rebased> onto(String oldBase, String newBase, List<Change> changes) {
        Objects.requireNonNull(oldBase, "oldBase");
        Objects.requireNonNull(newBase, "newBase");
        Objects.requireNonNull(changes, "changes");
        for (Change c : changes) {
            Objects.requireNonNull(c, "a change is null");
            if (c.end() > oldBase.length() || !oldBase.startsWith(c.before(), c.start())) {
                throw new IllegalArgumentException("change " + c + " does not match the old text at its offsets");
            }
        }
        List<Change> resident = CorrectionDiff.between(oldBase, newBase);
        // prefix sums of the resident's length differences, for the shift before any position
        int[] shiftAfter = new int[resident.size() + 1];
        for (int i = 0; i < resident.size(); i++) {
            shiftAfter[i + 1] = shiftAfter[i] + resident.get(i).delta();
        }
        List<Rebased> result = new ArrayList<>(changes.size());
        for (Change c : changes) {
            result.add(new Rebased(c, moved(oldBase, newBase, resident, shiftAfter, c)));
        }
        return List.copyOf(result);
    }

    private static Change moved(String oldBase, String newBase, List<Change> resident, int[] shiftAfter, Change c) {
        int from = Math.max(0, c.start() - CONTEXT);
        int to = Math.min(oldBase.length(), c.end() + CONTEXT);
        // resident changes are sorted and non-overlapping: find the first one that does not end before the window
        int lo = 0;
        int hi = resident.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (resident.get(mid).end() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo < resident.size() && resident.get(lo).start() <= to) {
            return null; // the resident edited the change or its context
        }
        int shift = shiftAfter[lo];
        int newFrom = from + shift;
        int newTo = to + shift;
        if (newFrom < 0 || newTo > newBase.length()
                || !newBase.regionMatches(newFrom, oldBase, from, to - from)
                || (from == 0) != (newFrom == 0)
                || (to == oldBase.length()) != (newTo == newBase.length())) {
            return null; // verification failed: never move a change to a place that does not read the same
        }
        return new Change(c.start() + shift, c.end() + shift, c.before(), c.after());
    }
}
