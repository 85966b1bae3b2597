package jp.akapen.manuscript;

import java.util.List;

/**
 * What keeps a round from going back to the resident (W2): conflicts still open, and changes
 * without the reason or the comment every change needs. Changes are named by their number.
 */
public record ReturnBlockers(int conflicts, List<Integer> withoutReason, List<Integer> withoutComment) {

    public ReturnBlockers {
        withoutReason = List.copyOf(withoutReason);
        withoutComment = List.copyOf(withoutComment);
    }

    public boolean none() {
        return conflicts == 0 && withoutReason.isEmpty() && withoutComment.isEmpty();
    }

    /** The message key of the first thing to fix, for a refusal that names one reason. */
    public String messageKey() {
        return conflicts > 0 ? "manuscript.error.conflicts-open" : "manuscript.error.annotations-missing";
    }

    /**
     * What the judgement reads of a change: neither its text nor its comment's, only whether it has one, so a page can
     * keep this much of each of hundreds (issue 17).
     */
    public record Annotation(long id, int seq, boolean conflict, Reason reason, boolean commented) {

        public static Annotation of(TrackedChange change) {
            return new Annotation(change.id(), change.seq(), change.conflict(), change.reason(),
                    written(change.comment()));
        }

        /** Whether a comment says something: none, or only spaces, does not. */
        public static boolean written(String comment) {
            return comment != null && !comment.isBlank();
        }
    }

    static ReturnBlockers ofRows(List<ManuscriptRepository.ChangeRow> rows) {
        return judge(rows.stream().map(c -> new Annotation(c.id(), c.seq(), c.conflict(), c.reason(),
                Annotation.written(c.comment()))).toList());
    }

    public static ReturnBlockers of(List<TrackedChange> changes) {
        return judge(changes.stream().map(Annotation::of).toList());
    }

    public static ReturnBlockers judge(List<Annotation> changes) {
        int conflicts = (int) changes.stream().filter(Annotation::conflict).count();
        var applicable = changes.stream().filter(c -> !c.conflict()).toList();
        return new ReturnBlockers(conflicts,
                applicable.stream().filter(c -> c.reason() == null).map(Annotation::seq).toList(),
                applicable.stream().filter(c -> !c.commented()).map(Annotation::seq).toList());
    }
}
