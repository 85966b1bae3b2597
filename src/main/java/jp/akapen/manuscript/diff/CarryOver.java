package jp.akapen.manuscript.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * When a round's changes are computed again from a newer corrected text, the contractor's reasons
 * and comments stay with the edits that are still there (W2). A computed change that makes the same
 * edit (same before and after) as an earlier one takes that earlier change's place; of several, the
 * one nearest in position, the first on a tie. Each earlier change is taken at most once.
 */
public final class CarryOver {

    /** A change as stored before, known by the id its annotations hang on. */
    public record Earlier(long id, Change change) {
    }

    /**
     * A computed change and where it comes from.
     *
     * @param earlierId the earlier change it continues, or null for a new edit
     */
    public record Placed(Long earlierId, Change change) {

        public boolean isNew() {
            return earlierId == null;
        }
    }

    private CarryOver() {
    }

    /** One entry per computed change, in the order given. */
    public static List<Placed> match(List<Earlier> earlier, List<Change> computed) {
        boolean[] taken = new boolean[earlier.size()];
        List<Placed> placed = new ArrayList<>(computed.size());
        for (Change change : computed) {
            int best = -1;
            for (int i = 0; i < earlier.size(); i++) {
                Change candidate = earlier.get(i).change();
                if (!taken[i] && candidate.before().equals(change.before()) && candidate.after().equals(change.after())
                        && (best < 0 || distance(candidate, change) < distance(earlier.get(best).change(), change))) {
                    best = i;
                }
            }
            if (best < 0) {
                placed.add(new Placed(null, change));
            } else {
                taken[best] = true;
                placed.add(new Placed(earlier.get(best).id(), change));
            }
        }
        return placed;
    }

    private static int distance(Change a, Change b) {
        return Math.abs(a.start() - b.start());
    }
}
