package jp.akapen.lecture.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.akapen.lecture.LectureKind;
import jp.akapen.lecture.Rsvp;
import jp.akapen.shared.JapaneseDates;

/** Words and dates of the lecture pages, in the reader's language (和暦 in Japanese, through {@link JapaneseDates}). */
final class LectureLabels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private LectureLabels() {
    }

    static Locale locale(Component c) {
        var ui = c.getUI().orElse(com.vaadin.flow.component.UI.getCurrent());
        return ui == null ? Locale.JAPANESE : ui.getLocale();
    }

    static String kind(Component c, LectureKind kind) {
        return c.getTranslation("lecture.kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    static String answer(Component c, Rsvp answer) {
        return answer == null ? c.getTranslation("lecture.answer.none")
                : c.getTranslation("lecture.answer." + answer.name().toLowerCase(Locale.ROOT));
    }

    static String dateTime(Component c, Instant at) {
        return JapaneseDates.dateTime(at, locale(c));
    }

    /** 令和8年12月10日 14:00–16:00 (the end's day too when it differs). */
    static String when(Component c, Instant start, Instant end) {
        var s = start.atZone(JapaneseDates.ZONE);
        var e = end.atZone(JapaneseDates.ZONE);
        String endText = s.toLocalDate().equals(e.toLocalDate()) ? TIME.format(e) : dateTime(c, end);
        return dateTime(c, start) + "–" + endText;
    }

    static String percent(int value) {
        return value + "%";
    }
}
