package jp.akapen.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;
import jp.akapen.shared.JapaneseDates;

/**
 * Date fields that read a date as people type it: in Japanese 2026/12/10 (shown so) and also 2026-12-10 or
 * 2026.12.10; in English 2026-12-10 (shown so) and also 12/10/2026. Without this a typed ISO date was silently
 * dropped and the form asked for a date the person had entered.
 */
public final class DateFields {

    private DateFields() {
    }

    public static DatePicker typeable(DatePicker picker, Locale locale) {
        picker.setLocale(locale);
        var i18n = new DatePicker.DatePickerI18n();
        if (JapaneseDates.isJapanese(locale)) {
            i18n.setDateFormats("yyyy/MM/dd", "yyyy-MM-dd", "yyyy.MM.dd");
        } else {
            i18n.setDateFormats("yyyy-MM-dd", "M/d/yyyy", "d.M.yyyy");
        }
        picker.setI18n(i18n);
        return picker;
    }
}
