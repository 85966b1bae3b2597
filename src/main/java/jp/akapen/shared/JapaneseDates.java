package jp.akapen.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * The one place that turns dates into text: 令和3年4月15日 for Japanese readers, a plain
 * English date otherwise. The first year of an era is written 元年, as Japanese readers expect.
 */
public final class JapaneseDates {

    /** The ward's zone, for annotations that take a zone's name ({@code @Scheduled(zone = ...)}). */
    public static final String ZONE_ID = "Asia/Tokyo";

    /** Deadlines, dates and the clock belong to the ward's day, whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private static final DateTimeFormatter ERA_NAME =
            DateTimeFormatter.ofPattern("GGGG", Locale.JAPAN).withChronology(JapaneseChronology.INSTANCE);
    private static final DateTimeFormatter ENGLISH =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter ISO_MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private JapaneseDates() {
    }

    /** Today as a day in Tokyo, by the application's clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** The fiscal year (年度, April to March) a day belongs to, e.g. 2027-03-31 → 2026. */
    public static int fiscalYearOf(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    public static String date(LocalDate date, Locale locale) {
        if (!isJapanese(locale)) {
            return ENGLISH.format(date);
        }
        JapaneseDate japanese = JapaneseDate.from(date);
        int yearOfEra = japanese.get(ChronoField.YEAR_OF_ERA);
        return ERA_NAME.format(japanese) + (yearOfEra == 1 ? "元" : String.valueOf(yearOfEra)) + "年"
                + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /**
     * A fiscal year (年度), which runs from 1 April: 令和3年度 for 2021, FY2021 in English. It is
     * named by the era of its later months, so 2019 is 令和元年度, as the government writes it.
     */
    public static String fiscalYear(int year, Locale locale) {
        if (!isJapanese(locale)) {
            return "FY" + year;
        }
        JapaneseDate japanese = JapaneseDate.from(LocalDate.of(year, 12, 31));
        int yearOfEra = japanese.get(ChronoField.YEAR_OF_ERA);
        return ERA_NAME.format(japanese) + (yearOfEra == 1 ? "元" : String.valueOf(yearOfEra)) + "年度";
    }

    public static String dateTime(Instant instant, Locale locale) {
        var local = instant.atZone(ZONE);
        return date(local.toLocalDate(), locale) + " " + TIME.format(local);
    }

    /** For files read by programs (CSV): one format whatever the reader's language, Tokyo time, to the minute. */
    public static String isoDateTime(Instant instant) {
        return ISO_MINUTE.format(instant.atZone(ZONE));
    }

    public static boolean isJapanese(Locale locale) {
        return locale == null || "ja".equals(locale.getLanguage());
    }
}
