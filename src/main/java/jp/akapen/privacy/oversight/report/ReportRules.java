package jp.akapen.privacy.oversight.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a handling-status report request (特記事項14, seed O1), Spring-free: a question and a due date from
 * tomorrow to a year ahead; an answer with its text and a period that ends by today; when a request is overdue; and
 * the period a new report covers by default. Each problem is an i18n key, all reported at once.
 */
public final class ReportRules {

    static final int QUESTION_MAX = 2000;
    static final int ANSWER_MAX = 4000;
    static final int LONGEST_DAYS_AHEAD = 365;

    private ReportRules() {
    }

    public static List<String> questionProblems(String question, LocalDate dueOn, LocalDate today) {
        List<String> problems = new ArrayList<>();
        text(question, QUESTION_MAX, "oversight.report.error.question", "oversight.report.error.question-long",
                problems);
        if (dueOn == null) {
            problems.add("oversight.report.error.due");
        } else if (!dueOn.isAfter(today)) {
            problems.add("oversight.report.error.due-past");
        } else if (dueOn.isAfter(today.plusDays(LONGEST_DAYS_AHEAD))) {
            problems.add("oversight.report.error.due-far");
        }
        return problems;
    }

    public static List<String> answerProblems(String answer, LocalDate from, LocalDate to, LocalDate today) {
        List<String> problems = new ArrayList<>();
        text(answer, ANSWER_MAX, "oversight.report.error.answer", "oversight.report.error.answer-long", problems);
        if (from == null || to == null) {
            problems.add("oversight.report.error.period");
        } else if (from.isAfter(to)) {
            problems.add("oversight.report.error.period-order");
        } else if (to.isAfter(today)) {
            problems.add("oversight.report.error.period-future");
        }
        return problems;
    }

    /** Unanswered after its due date (Tokyo days): the due date itself is still in time. */
    public static boolean overdue(LocalDate dueOn, boolean answered, LocalDate today) {
        return !answered && today.isAfter(dueOn);
    }

    /**
     * The period a new report covers unless the manager chooses another: from the day after the last report's period
     * ended, when that is in the current fiscal year, otherwise from 1 April of the current fiscal year; to today.
     * So consecutive reports cover the year without gaps or overlaps, and the first of a year covers the year so far.
     */
    public static Period defaultPeriod(LocalDate today, LocalDate lastReportEnded) {
        int fiscalYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        LocalDate yearStart = LocalDate.of(fiscalYear, 4, 1);
        LocalDate from = yearStart;
        if (lastReportEnded != null && !lastReportEnded.isBefore(yearStart) && lastReportEnded.isBefore(today)) {
            from = lastReportEnded.plusDays(1);
        }
        return new Period(from, today);
    }

    public record Period(LocalDate from, LocalDate to) {
    }

    private static void text(String value, int max, String missing, String tooLong, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(missing);
        } else if (value.strip().length() > max) {
            problems.add(tooLong);
        }
    }
}
