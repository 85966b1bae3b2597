package jp.akapen.privacy.handlers;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.akapen.privacy.oversight.training.TrainingRules;

/**
 * The rules of the handler register (seed P2), without Spring: what a new designation must satisfy
 * and what ending one does to its dates. Every answer is an i18n key, so a form can show it.
 */
final class DesignationRules {

    private DesignationRules() {
    }

    /**
     * Every reason to refuse designating someone for {@code start}..{@code end} (end null: open)
     * on Tokyo day {@code today}, given the person's existing designations; empty when none.
     * A start before today is refused: the seed wants handlers designated in advance and reported
     * to the ward, and a backdated row would report days the ward was never told of. An ended
     * designation never collides: it stopped before this one can begin (today at the earliest).
     */
    static List<String> problems(LocalDate start, LocalDate end, LocalDate today, Collection<Designation> existing) {
        List<String> problems = new ArrayList<>();
        if (start == null) {
            problems.add("handlers.error.start-missing");
            return problems;
        }
        if (start.isBefore(today)) {
            problems.add("handlers.error.start-past");
        }
        if (end != null && end.isBefore(start)) {
            problems.add("handlers.error.end-before-start");
            return problems;
        }
        if (overlapping(start, end, existing).isPresent()) {
            problems.add("handlers.error.overlap");
        }
        return problems;
    }

    /**
     * The reason to refuse designating someone from {@code start} whose last training on or before that day was on
     * {@code lastTrainedOn} (null: none recorded), when it is older than {@code validFor} (seed O3): a handler must
     * have been trained within that period before their designation begins. Empty when the training counts.
     */
    static Optional<String> trainingProblem(LocalDate start, LocalDate lastTrainedOn, Period validFor) {
        if (start == null || TrainingRules.isCurrent(lastTrainedOn, start, validFor)) {
            return Optional.empty();
        }
        return Optional.of(lastTrainedOn == null ? UNTRAINED : TRAINING_TOO_OLD);
    }

    /** Messages with values: {0} the validity period. */
    static final String UNTRAINED = "handlers.error.untrained";
    /** {0} the day of the last training, {1} the validity period. */
    static final String TRAINING_TOO_OLD = "handlers.error.training-old";

    static Optional<Designation> overlapping(LocalDate start, LocalDate end, Collection<Designation> existing) {
        return existing.stream().filter(d -> d.endedAt() == null).filter(d -> d.sharesADayWith(start, end)).findFirst();
    }

    /**
     * The last day a designation ended on Tokyo day {@code today} was held: today for one that has
     * begun (the holder may have worked under it this morning), unchanged for one that had not begun
     * yet (it is withdrawn; its planned days stay on record, and the end stamp makes it inactive).
     */
    static LocalDate endsOnWhenEnded(Designation designation, LocalDate today) {
        return designation.startsOn().isAfter(today) ? designation.endsOn() : today;
    }
}
