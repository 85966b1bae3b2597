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

    static ReturnBlockers ofRows(List<ManuscriptRepository.ChangeRow> rows) {
        return of(rows.stream().map(c -> new TrackedChange(c.id(), c.seq(), c.start(), c.end(), c.before(), c.after(),
                c.reason(), c.comment(), c.ruleId(), c.conflict(), c.decision(), c.decidedAt(), List.of())).toList());
    }

    public static ReturnBlockers of(List<TrackedChange> changes) {
        int conflicts = (int) changes.stream().filter(TrackedChange::conflict).count();
        var applicable = changes.stream().filter(c -> !c.conflict()).toList();
        return new ReturnBlockers(conflicts,
                applicable.stream().filter(c -> c.reason() == null).map(TrackedChange::seq).toList(),
                applicable.stream().filter(c -> c.comment() == null || c.comment().isBlank())
                        .map(TrackedChange::seq).toList());
    }
}
