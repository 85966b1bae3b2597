package jp.akapen.privacy.oversight.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What an incident report and a follow-up step must hold (seed O4, O5), without Spring; answers are i18n keys. */
public final class IncidentRules {

    public static final int TEXT_MAX = 2000;
    public static final int WHOSE_MAX = 500;
    public static final int PEOPLE_MAX = 10_000_000;

    private IncidentRules() {
    }

    static List<String> problems(IncidentDraft draft, LocalDate today) {
        List<String> problems = new ArrayList<>();
        text(problems, draft.whatHappened(), TEXT_MAX, "incident.error.what-missing", "incident.error.what-long");
        if (draft.foundOn() == null) {
            problems.add("incident.error.found-missing");
        } else if (draft.foundOn().isAfter(today)) {
            problems.add("incident.error.found-future");
        }
        text(problems, draft.whoseData(), WHOSE_MAX, "incident.error.whose-missing", "incident.error.whose-long");
        if (draft.peopleAffected() == null) {
            problems.add("incident.error.people-missing");
        } else if (draft.peopleAffected() < 0 || draft.peopleAffected() > PEOPLE_MAX) {
            problems.add("incident.error.people-range");
        }
        if (draft.actionTaken() != null && draft.actionTaken().strip().length() > TEXT_MAX) {
            problems.add("incident.error.action-long");
        }
        return problems;
    }

    /** A step's day lies between the incident's finding and today; its text is required. */
    static List<String> stepProblems(LocalDate on, String text, LocalDate foundOn, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (on == null) {
            problems.add("incident.error.step-date-missing");
        } else if (on.isAfter(today)) {
            problems.add("incident.error.step-date-future");
        } else if (on.isBefore(foundOn)) {
            problems.add("incident.error.step-date-before-found");
        }
        text(problems, text, TEXT_MAX, "incident.error.step-text-missing", "incident.error.step-text-long");
        return problems;
    }

    /** The state of an incident from what it has: closed, else the report the ward still waits for. */
    static IncidentState state(boolean closed, boolean preliminary, boolean finalReport) {
        if (closed) {
            return IncidentState.CLOSED;
        }
        if (finalReport) {
            return IncidentState.FINAL_REPORTED;
        }
        return preliminary ? IncidentState.AWAITING_FINAL : IncidentState.AWAITING_PRELIMINARY;
    }

    private static void text(List<String> problems, String text, int max, String missing, String tooLong) {
        if (text == null || text.isBlank()) {
            problems.add(missing);
        } else if (text.strip().length() > max) {
            problems.add(tooLong);
        }
    }
}
