package jp.akapen.privacy.handlers;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the handler register (取扱者の指定, seed P2): who, for which Tokyo days, designated by
 * whom and when, and, once ended, by whom and when. {@code endsOn} null means until further notice.
 */
public record Designation(long id, long accountId, LocalDate startsOn, LocalDate endsOn, long designatedBy,
        Instant designatedAt, Long endedBy, Instant endedAt) {

    /** Where the designation stands on the given Tokyo day. */
    public DesignationStatus statusOn(LocalDate today) {
        if (endedAt != null || (endsOn != null && endsOn.isBefore(today))) {
            return DesignationStatus.ENDED;
        }
        return startsOn.isAfter(today) ? DesignationStatus.UPCOMING : DesignationStatus.ACTIVE;
    }

    /** Whether the days of this designation and the given period share at least one day. */
    boolean sharesADayWith(LocalDate start, LocalDate end) {
        boolean startsBeforeOtherEnds = end == null || !startsOn.isAfter(end);
        boolean otherStartsBeforeThisEnds = endsOn == null || !start.isAfter(endsOn);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
