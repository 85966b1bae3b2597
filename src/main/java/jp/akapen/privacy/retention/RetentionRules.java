package jp.akapen.privacy.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The dates and steps of a retention period (D1, D3), plain Java. Days are the ward's days (Tokyo).
 * <ul>
 * <li>The period starts on the day of the fact that started it (the last edition's delivery date, or the term's
 * last day) and is due {@code days} later; on the due date it awaits the manager's confirmation.</li>
 * <li>A hold stops the clock and keeps the days left that day (none once due); releasing it resumes the clock:
 * the new due date is the release day plus those days, so held days never count.</li>
 * <li>An extension sets a date later than the current due date and than today.</li>
 * <li>Notices go 14, 7 and 1 days before the due date and on it (0); a period that starts or resumes late gets the
 * one it missed, once.</li>
 * </ul>
 */
public final class RetentionRules {

    /** Days before the due date on which manager and ward are told, 0 being the due date itself. */
    public static final List<Integer> NOTICE_DAYS = List.of(14, 7, 1, 0);
    public static final int REASON_MAX = 1000;

    private RetentionRules() {
    }

    public static LocalDate due(LocalDate start, int days) {
        return start.plusDays(Math.max(0, days));
    }

    /** Days from today to the due date: 0 on the due date, negative after it. */
    public static long daysLeft(LocalDate due, LocalDate today) {
        return ChronoUnit.DAYS.between(today, due);
    }

    /** The state as people read it: a counting period whose due date has come awaits the manager. */
    public static RetentionState effective(RetentionState stored, LocalDate due, LocalDate today) {
        if (stored.counting() && due != null && !today.isBefore(due)) {
            return RetentionState.AWAITING_MANAGER;
        }
        return stored;
    }

    /** What ward staff (ward) or the handling manager (not ward) may do in this state. */
    public static Set<RetentionAction> actions(boolean ward, RetentionState state) {
        if (!ward) {
            return state == RetentionState.AWAITING_MANAGER
                    ? EnumSet.of(RetentionAction.CONFIRM, RetentionAction.REFUSE_AS_MANAGER)
                    : EnumSet.noneOf(RetentionAction.class);
        }
        return switch (state) {
            case RUNNING, EXTENDED, AWAITING_MANAGER -> EnumSet.of(RetentionAction.EXTEND, RetentionAction.HOLD);
            case HELD -> EnumSet.of(RetentionAction.EXTEND, RetentionAction.RELEASE);
            case AWAITING_WARD -> EnumSet.of(RetentionAction.APPROVE, RetentionAction.REFUSE_AS_WARD);
            case NOT_STARTED, APPROVED -> EnumSet.noneOf(RetentionAction.class);
        };
    }

    /** Why this person may not take this step in this state, or empty when they may. */
    public static Optional<String> refuseStep(boolean ward, RetentionState state, RetentionAction action) {
        if (actions(ward, state).contains(action)) {
            return Optional.empty();
        }
        boolean wardStep = switch (action) {
            case CONFIRM, REFUSE_AS_MANAGER -> false;
            default -> true;
        };
        if (wardStep != ward) {
            return Optional.of(ward ? "retention.refused.manager-only" : "retention.refused.ward-only");
        }
        return Optional.of("retention.refused.state." + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    /** A reason is required, in the decider's own words, at most {@link #REASON_MAX} characters. */
    public static Optional<String> refuseReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return Optional.of("retention.refused.reason-required");
        }
        if (reason.strip().length() > REASON_MAX) {
            return Optional.of("retention.refused.reason-too-long");
        }
        return Optional.empty();
    }

    /** A new due date must be after today and after the current due date (a held period has none). */
    public static Optional<String> refuseNewDue(LocalDate newDue, LocalDate currentDue, LocalDate today) {
        if (newDue == null) {
            return Optional.of("retention.refused.date-required");
        }
        if (!newDue.isAfter(today)) {
            return Optional.of("retention.refused.date-not-after-today");
        }
        if (currentDue != null && !newDue.isAfter(currentDue)) {
            return Optional.of("retention.refused.date-not-later");
        }
        return Optional.empty();
    }

    /** Days a hold keeps for the release: what was left on the day of the hold, none once due. */
    public static int daysLeftAtHold(LocalDate due, LocalDate holdDay) {
        return (int) Math.max(0, daysLeft(due, holdDay));
    }

    public static LocalDate dueAfterRelease(LocalDate releaseDay, int daysLeftAtHold) {
        return releaseDay.plusDays(Math.max(0, daysLeftAtHold));
    }

    /**
     * The notice due with this many days left: the smallest of {@link #NOTICE_DAYS} not below it (14 → 14, 10 → 14, 7 → 7,
     * 5 → 7, 1 → 1, 0 or less → 0), empty when more than 14 days are left. Each is sent once per due date, so a daily run
     * sends 14, 7, 1 and 0 on their days, and a run that missed a day sends the missed one late, once.
     */
    public static OptionalInt noticeDue(long daysLeft) {
        int due = -1;
        for (int n : NOTICE_DAYS) {
            if (daysLeft <= n) {
                due = n;
            }
        }
        return due < 0 ? OptionalInt.empty() : OptionalInt.of(due);
    }

    /** Whether the grace period after the manager's confirmation has passed (never when none is configured). */
    public static boolean graceOver(Instant confirmedAt, Duration grace, Instant now) {
        return grace != null && !grace.isNegative() && !grace.isZero() && confirmedAt != null
                && !now.isBefore(confirmedAt.plus(grace));
    }
}
