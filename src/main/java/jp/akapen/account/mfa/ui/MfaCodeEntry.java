package jp.akapen.account.mfa.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import jp.akapen.account.mfa.MfaOutcome;
import jp.akapen.shared.JapaneseDates;

/** What the code fields share: no autofill of a password, a one-time-code hint, and the refusal text. */
final class MfaCodeEntry {

    private MfaCodeEntry() {
    }

    static void configure(TextField field, int maxLength) {
        field.setMaxLength(maxLength);
        field.setAutofocus(true);
        field.addThemeVariants(TextFieldVariant.LUMO_ALIGN_CENTER);
        field.getElement().setAttribute("autocomplete", "one-time-code");
        field.getElement().setAttribute("inputmode", maxLength == 6 ? "numeric" : "text");
        field.setClearButtonVisible(false);
    }

    static void show(Div problems, MfaOutcome<?> refused) {
        problems.removeAll();
        String retry = refused.retryAt() == null ? ""
                : JapaneseDates.dateTime(refused.retryAt(), UI.getCurrent().getLocale());
        problems.add(new Paragraph(problems.getTranslation(refused.problemKey(), retry)));
    }
}
