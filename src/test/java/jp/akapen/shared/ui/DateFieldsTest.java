package jp.akapen.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates read as people type them (found trying the take-out form: a typed 2026-12-10 was dropped). */
class DateFieldsTest {

    @Test
    void japanese_fields_show_slashes_and_also_read_iso_dates() {
        var formats = DateFields.typeable(new DatePicker(), Locale.JAPANESE).getI18n().getDateFormats();

        assertThat(formats.getFirst()).isEqualTo("yyyy/MM/dd");
        assertThat(formats).contains("yyyy-MM-dd");
    }

    @Test
    void english_fields_show_iso_dates_and_also_read_month_first_ones() {
        var picker = DateFields.typeable(new DatePicker(), Locale.ENGLISH);

        assertThat(picker.getI18n().getDateFormats()).startsWith("yyyy-MM-dd").contains("M/d/yyyy");
        assertThat(picker.getLocale()).isEqualTo(Locale.ENGLISH);
    }
}
