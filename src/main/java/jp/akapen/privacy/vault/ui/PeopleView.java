package jp.akapen.privacy.vault.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import jp.akapen.privacy.vault.FieldReading;
import jp.akapen.privacy.vault.PersonalData;
import jp.akapen.privacy.vault.PersonalDataEntry;
import jp.akapen.privacy.vault.PersonalDataException;
import jp.akapen.privacy.vault.PersonalDataService;
import jp.akapen.privacy.vault.VaultState;
import jp.akapen.shared.AccessDenied;
import jp.akapen.shared.People;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.ui.GridRows;
import org.springframework.context.ApplicationEventPublisher;

/**
 * 個人情報 (seed P2, P4): residents by pen name and id; a chosen resident's fields stay masked until one is revealed
 * with its own button, which is one audited read, so no value reaches the browser before that click. Ward staff
 * may correct the data. Non-designated contractor people see why they see nothing. There is no export here or
 * anywhere else (P9, P10).
 */
@Route("people")
@Menu(order = 70, icon = "vaadin:lock", title = "menu.people")
@RolesAllowed({Roles.WARD_STAFF, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_MANAGER})
class PeopleView extends Main implements HasDynamicTitle {

    static final String MASK = "••••••";

    private final PersonalDataService personalData;
    final Grid<People.Person> residents = new Grid<>();
    final Div detail = new Div();
    final List<FieldRow> rows = new ArrayList<>();
    PersonalDataForm form;
    private People.Person selected;
    private int version;

    PeopleView(PersonalDataService personalData, People people, ApplicationEventPublisher events) {
        this.personalData = personalData;
        addClassName("people");
        if (!personalData.mayReadOthers()) {
            events.publishEvent(new AccessDenied("route:people"));
            var why = new Paragraph(getTranslation("people.not-designated"));
            why.addClassName("not-designated");
            add(new H3(getTranslation("people.not-designated.title")), why);
            return;
        }
        add(new Paragraph(getTranslation("people.intro")));
        residents.addColumn(People.Person::displayName).setHeader(getTranslation("people.pen-name")).setAutoWidth(true);
        residents.addColumn(People.Person::id).setHeader(getTranslation("people.id")).setAutoWidth(true);
        GridRows.show(residents, people.withRole(Roles.RESIDENT));
        residents.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        residents.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        detail.addClassName("people-detail");
        var columns = new Div(residents, detail);
        columns.addClassName("people-columns");
        add(columns);
    }

    private void show(People.Person person) {
        selected = person;
        detail.removeAll();
        rows.clear();
        form = null;
        if (person == null) {
            return;
        }
        detail.add(new H3(getTranslation("people.selected", person.displayName(), String.valueOf(person.id()))));
        for (PersonalData.Field field : PersonalData.Field.values()) {
            var row = new FieldRow(person.id(), field);
            rows.add(row);
            detail.add(row);
        }
        if (SignedIn.user().map(u -> Roles.WARD_STAFF.equals(u.role())).orElse(false)) {
            var correct = new Button(getTranslation("people.correct"), click -> openForm(person));
            correct.setId("people-correct");
            detail.add(correct);
        }
    }

    /** The ward's correction: one audited read of every field into the form. */
    private void openForm(People.Person person) {
        PersonalDataEntry entry = personalData.readAll(person.id());
        if (entry.state() == VaultState.KEY_DESTROYED) {
            detail.add(new Paragraph(getTranslation("privacy.state.key-destroyed")));
            return;
        }
        version = entry.version();
        form = new PersonalDataForm();
        form.setValue(entry.data());
        form.addSaveListener(save -> {
            try {
                version = personalData.save(person.id(), save.data(), version);
                form.clearProblems();
                Notification.show(getTranslation("privacy.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show(selected);
            } catch (PersonalDataException refused) {
                form.showProblems(refused.problems());
            }
        });
        detail.add(form);
    }

    /** One field, masked until its 表示 button reveals it (one audited read of that field only). */
    final class FieldRow extends Div {

        final PersonalData.Field field;
        final Span value = new Span(MASK);
        final Button reveal = new Button(getTranslation("people.reveal"));

        FieldRow(long residentId, PersonalData.Field field) {
            this.field = field;
            addClassName("field-row");
            var label = new Span(getTranslation(field.labelKey()));
            label.addClassName("field-label");
            value.addClassName("field-value");
            reveal.addThemeVariants(ButtonVariant.LUMO_SMALL);
            reveal.getElement().setAttribute("aria-label",
                    getTranslation("people.reveal.aria", getTranslation(field.labelKey())));
            reveal.addClickListener(click -> {
                FieldReading reading = personalData.readField(residentId, field);
                value.setText(text(reading));
                value.addClassName("revealed");
                reveal.setVisible(false);
            });
            add(label, value, reveal);
        }

        private String text(FieldReading reading) {
            return switch (reading.state()) {
                case ABSENT -> getTranslation("privacy.state.absent");
                case KEY_DESTROYED -> getTranslation("privacy.state.key-destroyed");
                case READABLE -> reading.value() == null ? getTranslation("privacy.state.empty") : reading.value();
            };
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title");
    }
}
