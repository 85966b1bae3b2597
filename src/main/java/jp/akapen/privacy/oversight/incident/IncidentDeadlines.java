package jp.akapen.privacy.oversight.incident;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The deadlines of the APPI rules for a leak (個人情報保護法施行規則 7, 8; seed O4), counted from the day it was found,
 * without Spring: the preliminary report (速報) promptly, which the guidance reads as within three to five days, so the
 * fifth day is shown as its due day; the final report (確報) within 30 days, or 60 for a case of wrongful purpose
 * (不正の目的).
 */
public record IncidentDeadlines(LocalDate preliminaryDue, LocalDate finalDue) {

    public static final int PRELIMINARY_DAYS = 5;
    public static final int FINAL_DAYS = 30;
    public static final int FINAL_DAYS_WRONGFUL_PURPOSE = 60;

    public static IncidentDeadlines of(LocalDate foundOn, boolean wrongfulPurpose) {
        return new IncidentDeadlines(foundOn.plusDays(PRELIMINARY_DAYS),
                foundOn.plusDays(wrongfulPurpose ? FINAL_DAYS_WRONGFUL_PURPOSE : FINAL_DAYS));
    }

    public LocalDate due(Deadline deadline) {
        return deadline == Deadline.PRELIMINARY ? preliminaryDue : finalDue;
    }

    /** Days from {@code today} to the deadline's due day: 0 on the day, negative once it has passed. */
    public long daysLeft(Deadline deadline, LocalDate today) {
        return ChronoUnit.DAYS.between(today, due(deadline));
    }

    /** Whether the deadline passed before {@code today} (the due day itself still counts as in time). */
    public boolean passed(Deadline deadline, LocalDate today) {
        return today.isAfter(due(deadline));
    }

    /** The two reports to the ward whose deadlines the rules set. */
    public enum Deadline {
        PRELIMINARY, FINAL;

        public StepKind step() {
            return this == PRELIMINARY ? StepKind.PRELIMINARY : StepKind.FINAL;
        }
    }
}
