package jp.akapen.privacy.oversight.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A handling-status report request as ward staff and the handling manager read it: the question and due date, and
 * once answered, the answer, the period the attached report covers and the PDF's SHA-256. Names are display names.
 */
public record ReportRequest(long id, String question, LocalDate dueOn, String askedBy, Instant askedAt,
        String answer, String answeredBy, Instant answeredAt, LocalDate periodFrom, LocalDate periodTo,
        String reportSha256, boolean overdue, Set<Action> actions) {

    public ReportRequest {
        actions = Set.copyOf(actions);
    }

    public boolean answered() {
        return answeredAt != null;
    }

    public String number() {
        return String.valueOf(id);
    }

    public enum Action {
        ANSWER, DOWNLOAD
    }
}
