package jp.akapen.privacy.oversight.inspection;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the annual audit (特記事項15-17, seed O2), Spring-free: which fiscal year may be audited, when the
 * ward is told that a year has no audit, what a finding needs, and who moves a finding on.
 */
public final class InspectionRules {

    static final int TEXT_MAX = 1000;

    private InspectionRules() {
    }

    public static int fiscalYearOf(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    /** An audit is for the current fiscal year or an earlier one recorded late, never for a year not begun. */
    public static String yearProblem(int fiscalYear, LocalDate today) {
        return fiscalYear > fiscalYearOf(today) ? "oversight.audit.error.year-future" : null;
    }

    /**
     * Whether the ward is to be told today that the fiscal year has no audit: from 1 January, the first day of the
     * last quarter of an April-March year, until the year ends, while no audit of the year was started and the notice
     * was not sent before.
     */
    public static boolean missingAuditNoticeDue(LocalDate today, boolean auditStarted, boolean noticeSent) {
        Month month = today.getMonth();
        boolean lastQuarter = month == Month.JANUARY || month == Month.FEBRUARY || month == Month.MARCH;
        return lastQuarter && !auditStarted && !noticeSent;
    }

    public static List<String> findingProblems(String finding, String action, Long ownerId, LocalDate dueOn,
            LocalDate today) {
        List<String> problems = new ArrayList<>();
        text(finding, "oversight.audit.error.finding", problems);
        text(action, "oversight.audit.error.action", problems);
        if (ownerId == null) {
            problems.add("oversight.audit.error.owner");
        }
        if (dueOn == null) {
            problems.add("oversight.audit.error.due");
        } else if (!dueOn.isAfter(today)) {
            problems.add("oversight.audit.error.due-past");
        }
        return problems;
    }

    /** The note of what was done, or of a result: null when acceptable. */
    public static String noteProblem(String note, boolean required) {
        if (note == null || note.isBlank()) {
            return required ? "oversight.audit.error.note" : null;
        }
        return note.strip().length() > TEXT_MAX ? "oversight.audit.error.text-long" : null;
    }

    /** The finding's owner, or the handling manager for the contractor, records what was done while it is open. */
    public static boolean mayReportDone(FindingState state, boolean owner, boolean manager) {
        return state == FindingState.OPEN && (owner || manager);
    }

    /** Ward staff close a finding once its corrective action is reported done; nobody else closes one. */
    public static boolean mayClose(FindingState state, boolean ward) {
        return state == FindingState.DONE && ward;
    }

    private static void text(String value, String missing, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(missing);
        } else if (value.strip().length() > TEXT_MAX) {
            problems.add("oversight.audit.error.text-long");
        }
    }
}
