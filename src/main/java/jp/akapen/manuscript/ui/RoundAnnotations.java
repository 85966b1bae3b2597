package jp.akapen.manuscript.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.akapen.manuscript.Reason;
import jp.akapen.manuscript.ReturnBlockers;
import jp.akapen.manuscript.ReturnBlockers.Annotation;
import jp.akapen.manuscript.TrackedChange;

/**
 * What the correction view keeps of each change of its round: whether it has a reason and a comment, not its text
 * (issue 17). The annotation editor updates it as it stores; the return's blockers are judged from it, as the service
 * will judge them.
 */
final class RoundAnnotations {

    private final List<Annotation> changes;
    private final Runnable changed;

    /** @param changed told after each change's annotation is updated */
    RoundAnnotations(List<TrackedChange> changes, Runnable changed) {
        this.changes = new ArrayList<>(changes.stream().map(Annotation::of).toList());
        this.changed = changed;
    }

    Optional<Annotation> current(long changeId) {
        return changes.stream().filter(c -> c.id() == changeId).findFirst();
    }

    /**
     * The change's reason and comment as just stored.
     *
     * @return the comment as stored, or null
     */
    String annotated(long changeId, Reason reason, String comment) {
        String stored = comment == null || comment.isBlank() ? null : comment.strip();
        changes.replaceAll(c -> c.id() != changeId ? c
                : new Annotation(c.id(), c.seq(), c.conflict(), reason, stored != null));
        changed.run();
        return stored;
    }

    /** The next change after this one (then from the top) still without a reason or a comment. */
    Optional<Annotation> nextUnfinished(long changeId) {
        int at = 0;
        while (at < changes.size() && changes.get(at).id() != changeId) {
            at++;
        }
        for (int step = 1; step <= changes.size(); step++) {
            var candidate = changes.get((at + step) % changes.size());
            if (candidate.id() != changeId && (candidate.reason() == null || !candidate.commented())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    ReturnBlockers blockers() {
        return ReturnBlockers.judge(changes);
    }
}
