package jp.akapen.shared;

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

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private static final DateTimeFormatter ERA_NAME =
            DateTimeFormatter.ofPattern("GGGG", Locale.JAPAN).withChronology(JapaneseChronology.INSTANCE);
    private static final DateTimeFormatter ENGLISH =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private JapaneseDates() {
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

    public static String dateTime(Instant instant, Locale locale) {
        var local = instant.atZone(ZONE);
        return date(local.toLocalDate(), locale) + " " + TIME.format(local);
    }

    private static boolean isJapanese(Locale locale) {
        return locale == null || "ja".equals(locale.getLanguage());
    }
}
