package jp.akapen.privacy.retention.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import jp.akapen.privacy.retention.RetentionPeriod;
import jp.akapen.shared.JapaneseDates;

/** How a period's dates and countdown read, shared by the page and the home card. */
final class PeriodTexts {

    private PeriodTexts() {
    }

    /** The reader's language, as Component.getLocale (protected) would give it. */
    private static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? Locale.JAPANESE : ui.getLocale();
    }

    static String cohort(Component c, RetentionPeriod p) {
        return c.getTranslation("retention.cohort", JapaneseDates.fiscalYear(p.fiscalYear(), locale()));
    }

    static String countdown(Component c, RetentionPeriod p) {
        if (p.daysLeft() == null) {
            return "—";
        }
        if (p.daysLeft() > 0) {
            return c.getTranslation("retention.days-left-value", p.daysLeft());
        }
        return p.daysLeft() == 0 ? c.getTranslation("retention.due-today")
                : c.getTranslation("retention.overdue-value", -p.daysLeft());
    }

    static String due(Component c, RetentionPeriod p) {
        return p.dueOn() == null ? c.getTranslation("retention.no-date") : JapaneseDates.date(p.dueOn(), locale());
    }
}
