package jp.akapen.privacy.handlers.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.ui.DateFields;
import jp.akapen.shared.People;

/**
 * The manager's form to designate a handler. Knows no service: it fires {@link DesignateEvent}
 * and shows the reasons it is given, keeping what was entered.
 */
class DesignationForm extends FormLayout {

    final ComboBox<People.Person> person = new ComboBox<>();
    final DatePicker start = new DatePicker();
    final DatePicker end = new DatePicker();
    final Button designate = new Button();
    final Div problems = new Div();

    DesignationForm(List<People.Person> candidates, LocalDate today) {
        addClassName("designation-form");
        person.setLabel(getTranslation("handlers.person"));
        person.setItems(candidates);
        person.setItemLabelGenerator(p -> getTranslation("handlers.person-with-role", p.displayName(),
                getTranslation("role." + p.role())));
        person.setHelperText(getTranslation("handlers.person.help"));
        DateFields.typeable(start, getLocale());
        DateFields.typeable(end, getLocale());
        start.setLabel(getTranslation("handlers.start"));
        start.setValue(today);
        start.setMin(today);
        end.setLabel(getTranslation("handlers.end"));
        end.setHelperText(getTranslation("handlers.end.help"));
        end.setClearButtonVisible(true);
        designate.setText(getTranslation("handlers.designate"));
        designate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        designate.addClickListener(click -> submit());
        problems.addClassName("form-problems");
        problems.getElement().setAttribute("role", "alert");
        add(person, start, end, problems, designate);
        setColspan(problems, 2);
    }

    private void submit() {
        List<String> local = new ArrayList<>();
        if (person.getValue() == null) {
            local.add("handlers.error.person-missing");
        }
        // a date the picker could not read arrives as null, which must not pass for "no end date"
        if (start.isInvalid() || end.isInvalid()) {
            local.add("handlers.error.date-unreadable");
        }
        if (!local.isEmpty()) {
            showProblems(local);
            return;
        }
        fireEvent(new DesignateEvent(this, person.getValue().id(), start.getValue(), end.getValue()));
    }

    void showProblems(List<String> messageKeys) {
        showProblems(messageKeys, key -> List.of());
    }

    /** Each reason as a sentence, its dates and periods written out in the reader's language. */
    void showProblems(List<String> messageKeys, Function<String, List<Object>> arguments) {
        problems.removeAll();
        messageKeys.forEach(key -> problems.add(new Paragraph(getTranslation(key,
                arguments.apply(key).stream().map(this::written).toArray()))));
    }

    private Object written(Object value) {
        if (value instanceof LocalDate day) {
            return JapaneseDates.date(day, getLocale());
        }
        if (value instanceof Period period) {
            return period.getDays() == 0 && period.toTotalMonths() > 0
                    ? getTranslation("handlers.training-period.months", period.toTotalMonths())
                    : getTranslation("handlers.training-period.days", period.toTotalMonths() * 30 + period.getDays());
        }
        return value;
    }

    void clear(LocalDate today) {
        person.clear();
        start.setValue(today);
        end.clear();
        problems.removeAll();
    }

    Registration addDesignateListener(ComponentEventListener<DesignateEvent> listener) {
        return addListener(DesignateEvent.class, listener);
    }

    static final class DesignateEvent extends ComponentEvent<DesignationForm> {

        private final long personId;
        private final LocalDate start;
        private final LocalDate end;

        DesignateEvent(DesignationForm source, long personId, LocalDate start, LocalDate end) {
            super(source, false);
            this.personId = personId;
            this.start = start;
            this.end = end;
        }

        long personId() {
            return personId;
        }

        LocalDate start() {
            return start;
        }

        LocalDate end() {
            return end;
        }
    }
}
