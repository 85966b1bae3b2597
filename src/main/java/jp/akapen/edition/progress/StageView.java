package jp.akapen.edition.progress;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An article's stage as the dashboard shows it (W5, W6). Whether it is overdue is computed from it
 * ({@link Stages#overdue}), never stored.
 *
 * @param round the round number when IN_CORRECTION (else the newest round, 0 if none)
 * @param since when the article entered its stage; may be null
 * @param nextDue the next date the article must meet; may be null
 * @param nextDueKind the milestone {@code nextDue} comes from; null when the due date is the round's
 *     own, and null when {@code nextDue} is null
 */
public record StageView(Stage stage, int round, Instant since, LocalDate nextDue, MilestoneKind nextDueKind) {
}
