package jp.akapen.privacy.takeout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a take-out request (seed P5, P8), Spring-free: a cohort and at least one field, a purpose, a
 * destination and a carrier within their lengths, a return date from tomorrow to a year ahead; a refusal and a
 * report of return need their reason. Each problem is an i18n key, all reported at once.
 */
public final class TakeOutRules {

    static final int PURPOSE_MAX = 500;
    static final int DESTINATION_MAX = 300;
    static final int CARRIER_MAX = 100;
    static final int REASON_MAX = 500;
    static final int LONGEST_DAYS_OUT = 365;

    private TakeOutRules() {
    }

    public static List<String> problems(TakeOutDraft draft, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (draft.cohortId() == null) {
            problems.add("takeout.error.cohort");
        }
        if (draft.fields().isEmpty()) {
            problems.add("takeout.error.fields");
        }
        text(draft.purpose(), PURPOSE_MAX, "takeout.error.purpose", "takeout.error.purpose-long", problems);
        text(draft.destination(), DESTINATION_MAX, "takeout.error.destination", "takeout.error.destination-long",
                problems);
        text(draft.carrier(), CARRIER_MAX, "takeout.error.carrier", "takeout.error.carrier-long", problems);
        if (draft.returnDue() == null) {
            problems.add("takeout.error.return-due");
        } else if (!draft.returnDue().isAfter(today)) {
            problems.add("takeout.error.return-due-past");
        } else if (draft.returnDue().isAfter(today.plusDays(LONGEST_DAYS_OUT))) {
            problems.add("takeout.error.return-due-far");
        }
        return problems;
    }

    /** A reason the ward or the handler must give; null when it is acceptable. */
    public static String reasonProblem(String reason) {
        return required(reason, "takeout.error.reason", "takeout.error.reason-long");
    }

    /** The report of a return or destruction: how and when, required; null when it is acceptable. */
    public static String noteProblem(String note) {
        return required(note, "takeout.error.note", "takeout.error.note-long");
    }

    private static String required(String text, String missing, String tooLong) {
        if (text == null || text.isBlank()) {
            return missing;
        }
        return text.strip().length() > REASON_MAX ? tooLong : null;
    }

    private static void text(String value, int max, String missing, String tooLong, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(missing);
        } else if (value.strip().length() > max) {
            problems.add(tooLong);
        }
    }
}
