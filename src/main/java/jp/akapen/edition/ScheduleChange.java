package jp.akapen.edition;

import java.time.Instant;
import java.time.LocalDate;
import jp.akapen.edition.progress.MilestoneKind;

/** One change of an edition's schedule; oldDue is null when the date was first set. */
public record ScheduleChange(MilestoneKind kind, LocalDate oldDue, LocalDate newDue, String changedBy,
        Instant changedAt) {
}
