package jp.akapen.privacy.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A cohort's retention period as manager and ward read it.
 *
 * @param startedOn null until the clock starts
 * @param startedByLastEdition true when the last edition's delivery started it, false when the term's end did
 * @param dueOn null while held or not started
 * @param daysLeft to the due date (0 on it, negative after), null without a due date
 * @param actions what the reader may do now
 * @param history newest first
 */
public record RetentionPeriod(long cohortId, int fiscalYear, LocalDate termEnd, RetentionState state,
        LocalDate startedOn, boolean startedByLastEdition, LocalDate dueOn, Long daysLeft, Set<RetentionAction> actions,
        List<Step> history) {

    public RetentionPeriod {
        actions = Set.copyOf(actions);
        history = List.copyOf(history);
    }

    /** Who decided what, when and why; {@code by} is null for the system's steps. */
    public record Step(DecisionKind kind, String by, Instant at, String reason, LocalDate dueOn) {
    }
}
