package jp.akapen.privacy.oversight.training;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the training record (seed O3), without Spring: what a recorded session must hold, and whether a
 * person's last training still counts on a given day. Every problem is an i18n key, so a form can show it.
 */
public final class TrainingRules {

    public static final int SUBJECT_MAX = 200;
    public static final int MATERIAL_MAX = 2000;
    public static final int LINK_MAX = 500;

    private TrainingRules() {
    }

    /**
     * Whether training on {@code lastTrainedOn} (null: never) counts on {@code day}: it was held on that day or within
     * {@code validFor} before it. A session after the day does not count for it.
     */
    public static boolean isCurrent(LocalDate lastTrainedOn, LocalDate day, Period validFor) {
        return lastTrainedOn != null && !lastTrainedOn.isAfter(day) && !lastTrainedOn.isBefore(day.minus(validFor));
    }

    /** Every reason to refuse recording {@code draft} on Tokyo day {@code today}; empty when none. */
    static List<String> problems(TrainingDraft draft, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (draft.heldOn() == null) {
            problems.add("training.error.date-missing");
        } else if (draft.heldOn().isAfter(today)) {
            problems.add("training.error.date-future");
        }
        if (blank(draft.subject())) {
            problems.add("training.error.subject-missing");
        } else if (draft.subject().strip().length() > SUBJECT_MAX) {
            problems.add("training.error.subject-long");
        }
        if (blank(draft.material())) {
            problems.add("training.error.material-missing");
        } else if (draft.material().strip().length() > MATERIAL_MAX) {
            problems.add("training.error.material-long");
        }
        if (!blank(draft.materialLink()) && draft.materialLink().strip().length() > LINK_MAX) {
            problems.add("training.error.link-long");
        }
        if (draft.attendees().isEmpty()) {
            problems.add("training.error.attendees-missing");
        }
        return problems;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
