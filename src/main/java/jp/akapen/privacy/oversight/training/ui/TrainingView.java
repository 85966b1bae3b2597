package jp.akapen.privacy.oversight.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;
import jp.akapen.privacy.oversight.training.TrainedPerson;
import jp.akapen.privacy.oversight.training.TrainingDraft;
import jp.akapen.privacy.oversight.training.TrainingException;
import jp.akapen.privacy.oversight.training.TrainingRules;
import jp.akapen.privacy.oversight.training.TrainingService;
import jp.akapen.privacy.oversight.training.TrainingSession;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.People;
import jp.akapen.shared.Roles;
import jp.akapen.shared.ui.DateFields;
import jp.akapen.shared.ui.GridRows;

/**
 * 研修 (seed O3; issue 15 item 3): the handling manager and ward staff record the personal-data training of the
 * contractor's people, and see each person's last training, those untrained within the validity period flagged.
 */
@Route("training")
@Menu(order = 62, icon = "vaadin:diploma", title = "menu.training")
@RolesAllowed({Roles.WARD_STAFF, Roles.CONTRACTOR_MANAGER})
class TrainingView extends Main implements HasDynamicTitle {

    private final TrainingService service;
    private final Clock clock;
    final Grid<TrainedPerson> people = new Grid<>();
    final Div sessions = new Div();
    final DatePicker heldOn = new DatePicker();
    final TextField subject = new TextField();
    final TextArea material = new TextArea();
    final TextField materialLink = new TextField();
    final MultiSelectComboBox<People.Person> attendees = new MultiSelectComboBox<>();
    final Div formMessage = new Div();

    TrainingView(TrainingService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassName("training");
        add(new Paragraph(getTranslation("training.intro", period(service.validFor()))));
        add(new H2(getTranslation("training.people")), peopleGrid());
        add(new H2(getTranslation("training.new")), form());
        sessions.addClassName("training-sessions");
        add(new H2(getTranslation("training.sessions")), sessions);
        refresh();
    }

    private Component peopleGrid() {
        people.addColumn(p -> p.person().displayName()).setHeader(getTranslation("training.person")).setKey("person")
                .setFlexGrow(2);
        people.addColumn(p -> getTranslation("role." + p.person().role())).setHeader(getTranslation("training.role"))
                .setKey("role").setFlexGrow(2);
        people.addColumn(p -> p.lastTrainedOn() == null ? getTranslation("training.never")
                : JapaneseDates.date(p.lastTrainedOn(), getLocale())).setHeader(getTranslation("training.last"))
                .setKey("last").setFlexGrow(1);
        people.addComponentColumn(this::flag).setHeader(getTranslation("training.valid")).setKey("valid")
                .setAutoWidth(true).setFlexGrow(0);
        people.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        people.addClassName("training-people");
        return people;
    }

    private Component flag(TrainedPerson p) {
        var badge = new Span(getTranslation(p.current() ? "training.current" : "training.untrained"));
        badge.addClassNames("status-badge", p.current() ? "training-current" : "training-untrained");
        return badge;
    }

    private Component form() {
        heldOn.setLabel(getTranslation("training.field.date"));
        DateFields.typeable(heldOn, getLocale());
        heldOn.setMax(today());
        heldOn.setValue(today());
        subject.setLabel(getTranslation("training.field.subject"));
        subject.setMaxLength(TrainingRules.SUBJECT_MAX);
        material.setLabel(getTranslation("training.field.material"));
        material.setMaxLength(TrainingRules.MATERIAL_MAX);
        materialLink.setLabel(getTranslation("training.field.link"));
        materialLink.setHelperText(getTranslation("training.field.link.help"));
        materialLink.setMaxLength(TrainingRules.LINK_MAX);
        attendees.setLabel(getTranslation("training.field.attendees"));
        attendees.setItemLabelGenerator(p -> getTranslation("training.person-with-role", p.displayName(),
                getTranslation("role." + p.role())));
        var layout = new FormLayout(heldOn, subject, material, materialLink, attendees);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        layout.setColspan(material, 2);
        layout.setColspan(attendees, 2);
        formMessage.setVisible(false);
        formMessage.getElement().setAttribute("role", "alert");
        formMessage.addClassName("training-problems");
        var submit = new Button(getTranslation("training.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClassName("training-submit");
        var form = new Div(layout, formMessage, submit);
        form.addClassName("training-form");
        return form;
    }

    private void submit() {
        if (heldOn.isInvalid()) {
            show(List.of("training.error.date-unreadable"));
            return;
        }
        var draft = new TrainingDraft(heldOn.getValue(), subject.getValue(), material.getValue(),
                materialLink.getValue(), attendees.getValue().stream().map(People.Person::id).collect(Collectors.toSet()));
        try {
            service.record(draft);
            formMessage.setVisible(false);
            subject.clear();
            material.clear();
            materialLink.clear();
            attendees.clear();
            Notification.show(getTranslation("training.recorded")).addThemeVariants(NotificationVariant.SUCCESS);
            refresh();
        } catch (TrainingException refused) {
            show(refused.messageKeys());
        }
    }

    private void show(List<String> keys) {
        formMessage.removeAll();
        keys.forEach(key -> formMessage.add(new Paragraph(getTranslation(key))));
        formMessage.setClassName("upload-status upload-refusal training-problems");
        formMessage.setVisible(true);
    }

    private void refresh() {
        List<TrainedPerson> trained = service.people();
        GridRows.show(people, trained);
        attendees.setItems(trained.stream().map(TrainedPerson::person).toList());
        sessions.removeAll();
        List<TrainingSession> all = service.sessions();
        if (all.isEmpty()) {
            sessions.add(new Paragraph(getTranslation("training.none")));
        }
        all.forEach(s -> sessions.add(card(s)));
    }

    private Component card(TrainingSession s) {
        var card = new Div();
        card.addClassName("training-card");
        card.setId("training-" + s.id());
        var title = new H3(getTranslation("training.card-title", JapaneseDates.date(s.heldOn(), getLocale()),
                s.subject()));
        card.add(title);
        var material = new Paragraph(s.material());
        material.addClassName("training-material");
        card.add(material);
        if (s.materialLink() != null) {
            card.add(new Paragraph(getTranslation("training.link-value", s.materialLink())));
        }
        card.add(new Paragraph(getTranslation("training.attendees-value", String.join(
                getTranslation("training.list-separator"), s.attendees().stream().map(People.Person::displayName)
                        .toList()))));
        var by = new Paragraph(getTranslation("training.recorded-by", s.recordedByName(),
                JapaneseDates.dateTime(s.recordedAt(), getLocale())));
        by.addClassName("training-recorded-by");
        card.add(by);
        return card;
    }

    private String period(Period period) {
        return period.getDays() == 0 && period.toTotalMonths() > 0
                ? getTranslation("handlers.training-period.months", period.toTotalMonths())
                : getTranslation("handlers.training-period.days", period.toTotalMonths() * 30 + period.getDays());
    }

    private LocalDate today() {
        return JapaneseDates.today(clock);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.title");
    }
}
