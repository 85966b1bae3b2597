package jp.akapen.privacy.oversight.incident.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.akapen.privacy.oversight.incident.Incident;
import jp.akapen.privacy.oversight.incident.IncidentDraft;
import jp.akapen.privacy.oversight.incident.IncidentException;
import jp.akapen.privacy.oversight.incident.IncidentRules;
import jp.akapen.privacy.oversight.incident.IncidentService;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.ui.DateFields;

/**
 * 事故の報告 (seed O4, O5; issue 15 item 4): anyone signed in reports an incident here; ward staff and the handling
 * manager see every incident with its state and the two deadlines, anyone else the state of their own reports.
 */
@Route("incidents")
@Menu(order = 77, icon = "vaadin:warning", title = "menu.incidents")
@RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF,
        Roles.WARD_STAFF})
class IncidentsView extends Main implements HasDynamicTitle {

    private final IncidentService service;
    private final Clock clock;
    final TextArea whatHappened = new TextArea();
    final DatePicker foundOn = new DatePicker();
    final TextField whoseData = new TextField();
    final IntegerField peopleAffected = new IntegerField();
    final Checkbox contained = new Checkbox();
    final TextArea actionTaken = new TextArea();
    final Checkbox wrongfulPurpose = new Checkbox();
    final Div formMessage = new Div();
    final Div list = new Div();

    IncidentsView(IncidentService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassName("incidents");
        boolean follows = SignedIn.user().map(u -> Roles.WARD_STAFF.equals(u.role())
                || Roles.CONTRACTOR_MANAGER.equals(u.role())).orElse(false);
        add(new Paragraph(getTranslation(follows ? "incident.intro.follow" : "incident.intro.report")));
        add(new H2(getTranslation("incident.new")), form());
        list.addClassName("incident-list");
        add(new H2(getTranslation(follows ? "incident.all" : "incident.mine")), list);
        refresh();
    }

    private Component form() {
        whatHappened.setLabel(getTranslation("incident.field.what"));
        whatHappened.setMaxLength(IncidentRules.TEXT_MAX);
        foundOn.setLabel(getTranslation("incident.field.found-on"));
        DateFields.typeable(foundOn, getLocale());
        foundOn.setMax(today());
        foundOn.setValue(today());
        whoseData.setLabel(getTranslation("incident.field.whose"));
        whoseData.setHelperText(getTranslation("incident.field.whose.help"));
        whoseData.setMaxLength(IncidentRules.WHOSE_MAX);
        peopleAffected.setLabel(getTranslation("incident.field.people"));
        peopleAffected.setMin(0);
        contained.setLabel(getTranslation("incident.field.contained"));
        actionTaken.setLabel(getTranslation("incident.field.action"));
        actionTaken.setMaxLength(IncidentRules.TEXT_MAX);
        wrongfulPurpose.setLabel(getTranslation("incident.field.wrongful"));
        var layout = new FormLayout(whatHappened, foundOn, whoseData, peopleAffected, contained, actionTaken,
                wrongfulPurpose);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        layout.setColspan(whatHappened, 2);
        layout.setColspan(actionTaken, 2);
        layout.setColspan(wrongfulPurpose, 2);
        formMessage.setVisible(false);
        formMessage.getElement().setAttribute("role", "alert");
        var submit = new Button(getTranslation("incident.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClassName("incident-submit");
        var form = new Div(layout, formMessage, submit);
        form.addClassName("incident-form");
        return form;
    }

    private void submit() {
        if (foundOn.isInvalid() || peopleAffected.isInvalid()) {
            show(List.of(foundOn.isInvalid() ? "incident.error.date-unreadable" : "incident.error.people-range"));
            return;
        }
        var draft = new IncidentDraft(whatHappened.getValue(), foundOn.getValue(), whoseData.getValue(),
                peopleAffected.getValue(), contained.getValue(), actionTaken.getValue(), wrongfulPurpose.getValue());
        try {
            Incident filed = service.file(draft);
            formMessage.setVisible(false);
            whatHappened.clear();
            whoseData.clear();
            peopleAffected.clear();
            contained.clear();
            actionTaken.clear();
            wrongfulPurpose.clear();
            foundOn.setValue(today());
            Notification.show(getTranslation("incident.filed", String.valueOf(filed.id())))
                    .addThemeVariants(NotificationVariant.SUCCESS);
            refresh();
        } catch (IncidentException refused) {
            show(refused.messageKeys());
        }
    }

    private void show(List<String> keys) {
        formMessage.removeAll();
        keys.forEach(key -> formMessage.add(new Paragraph(getTranslation(key))));
        formMessage.setClassName("upload-status upload-refusal incident-problems");
        formMessage.setVisible(true);
    }

    private void refresh() {
        list.removeAll();
        List<Incident> incidents = service.incidents();
        if (incidents.isEmpty()) {
            list.add(new Paragraph(getTranslation("incident.none")));
        }
        LocalDate today = today();
        incidents.forEach(incident -> list.add(card(incident, today)));
    }

    private Component card(Incident incident, LocalDate today) {
        var card = new Div();
        card.addClassName("incident-card");
        card.setId("incident-" + incident.id());
        var link = new RouterLink(getTranslation("incident.number", String.valueOf(incident.id())), IncidentView.class,
                new RouteParameters("incidentId", String.valueOf(incident.id())));
        var title = new H3(link);
        var heading = new Div(title, IncidentTexts.state(this, incident));
        heading.addClassName("incident-heading");
        var what = new Paragraph(incident.whatHappened());
        what.addClassName("incident-what");
        var found = new Span(getTranslation("incident.found-by", JapaneseDates.date(incident.foundOn(), getLocale()),
                incident.reporterName()));
        found.addClassName("incident-found");
        card.add(heading, found, what, IncidentTexts.deadlines(this, getLocale(), incident, today));
        return card;
    }

    private LocalDate today() {
        return JapaneseDates.today(clock);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incident.title");
    }
}
