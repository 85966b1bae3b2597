package jp.akapen.privacy.audit;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import jp.akapen.shared.JapaneseDates;

/**
 * When a read of personal data is out of office hours, for the handling-status report (seed O1; issue 15 item 1):
 * before 7:00 or from 22:00 Tokyo time, or on a Saturday or Sunday. The portal keeps no calendar of national
 * holidays, so a read on a weekday holiday is not counted. {@link AuditRepository#personalDataAccess} counts the same
 * in SQL; Tokyo has no daylight saving time, so Tokyo time is UTC + 9 hours.
 */
public final class UnusualHours {

    /** The first hour of the day that is usual. */
    public static final int FROM_HOUR = 7;
    /** The first hour of the evening that is unusual again. */
    public static final int UNTIL_HOUR = 22;
    static final int TOKYO_OFFSET_HOURS = 9;

    private UnusualHours() {
    }

    public static boolean isUnusual(Instant at) {
        ZonedDateTime tokyo = at.atZone(JapaneseDates.ZONE);
        DayOfWeek day = tokyo.getDayOfWeek();
        return tokyo.getHour() < FROM_HOUR || tokyo.getHour() >= UNTIL_HOUR || day == DayOfWeek.SATURDAY
                || day == DayOfWeek.SUNDAY;
    }
}
