package jp.akapen.privacy.vault.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.shared.Registration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.akapen.privacy.vault.PersonalData;
import jp.akapen.privacy.vault.PersonalDataException;

/**
 * A resident's personal data, all fields at once. Knows no service: it fires {@link SaveEvent} and shows the
 * problems it is given next to their fields, keeping what was typed.
 */
class PersonalDataForm extends FormLayout {

    final TextField fullName = new TextField();
    final TextField furigana = new TextField();
    final TextField address = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final Button save = new Button();
    final Div problems = new Div();
    private final Map<PersonalData.Field, TextFieldBase<?, String>> fields = new EnumMap<>(PersonalData.Field.class);

    PersonalDataForm() {
        addClassName("personal-data-form");
        fields.put(PersonalData.Field.FULL_NAME, fullName);
        fields.put(PersonalData.Field.FURIGANA, furigana);
        fields.put(PersonalData.Field.ADDRESS, address);
        fields.put(PersonalData.Field.EMAIL, email);
        fields.put(PersonalData.Field.PHONE, phone);
        fields.forEach((field, input) -> {
            input.setLabel(getTranslation(field.labelKey()));
            input.setHelperText(getTranslation("privacy.help." + field.column()));
            input.setId("personal-" + field.column());
            // the server decides what is valid; the browser's own checks would hide its messages
            input.setManualValidation(true);
        });
        fullName.setRequiredIndicatorVisible(true);
        address.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        save.setText(getTranslation("privacy.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> fireEvent(new SaveEvent(this, value())));
        problems.addClassName("form-problems");
        problems.getElement().setAttribute("role", "alert");
        add(fullName, furigana, address, email, phone, problems, save);
        setColspan(address, 2);
        setColspan(problems, 2);
    }

    void setValue(PersonalData data) {
        fields.forEach((field, input) -> input.setValue(data == null || data.get(field) == null ? "" : data.get(field)));
        clearProblems();
    }

    PersonalData value() {
        return new PersonalData(fullName.getValue(), furigana.getValue(), address.getValue(), email.getValue(),
                phone.getValue());
    }

    void showProblems(List<PersonalDataException.Problem> list) {
        clearProblems();
        for (var problem : list) {
            String message = getTranslation(problem.messageKey(), problem.args());
            if (problem.field() == null) {
                problems.add(new Paragraph(message));
            } else {
                var input = fields.get(problem.field());
                String before = input.isInvalid() ? input.getErrorMessage() + " " : "";
                input.setErrorMessage(before + message);
                input.setInvalid(true);
            }
        }
    }

    void clearProblems() {
        problems.removeAll();
        fields.values().forEach(input -> {
            input.setInvalid(false);
            input.setErrorMessage(null);
        });
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<PersonalDataForm> {

        private final PersonalData data;

        SaveEvent(PersonalDataForm source, PersonalData data) {
            super(source, false);
            this.data = data;
        }

        PersonalData data() {
            return data;
        }
    }
}
