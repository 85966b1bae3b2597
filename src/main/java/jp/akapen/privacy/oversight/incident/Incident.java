package jp.akapen.privacy.oversight.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.akapen.privacy.oversight.incident.IncidentDeadlines.Deadline;

/**
 * An incident as its reader may see it. Ward staff and the handling manager see every step; a reporter who is neither
 * sees their report, its state and deadlines, and no step ({@code steps} empty). {@code mayRecord} and
 * {@code mayClose} say what the reader may do now.
 */
public record Incident(long id, String whatHappened, LocalDate foundOn, String whoseData, int peopleAffected,
        boolean contained, String actionTaken, boolean wrongfulPurpose, long reporterId, String reporterName,
        Instant reportedAt, List<Step> steps, IncidentDeadlines deadlines, boolean preliminaryIn, boolean finalIn,
        IncidentState state, String closedByName, Instant closedAt, Set<StepKind> mayRecord, boolean mayClose) {

    public Incident {
        steps = List.copyOf(steps);
        mayRecord = Set.copyOf(mayRecord);
    }

    /** Whether the report a deadline asks for is in: a final report also answers the preliminary one's deadline. */
    public boolean reported(Deadline deadline) {
        return finalIn || (deadline == Deadline.PRELIMINARY && preliminaryIn);
    }

    public record Step(long id, StepKind kind, LocalDate on, String text, String recordedByName, Instant recordedAt) {
    }
}
