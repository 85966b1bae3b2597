package jp.akapen.privacy.oversight.incident.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.akapen.privacy.oversight.incident.Incident;
import jp.akapen.privacy.oversight.incident.IncidentException;
import jp.akapen.privacy.oversight.incident.IncidentRules;
import jp.akapen.privacy.oversight.incident.IncidentService;
import jp.akapen.privacy.oversight.incident.StepKind;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.Roles;
import jp.akapen.shared.ui.DateFields;

/**
 * One incident (seed O4, O5): what was reported, the two deadlines, and for ward staff and the handling manager the
 * follow-up steps, with the forms for the steps the reader may record now and, for ward staff, closing it.
 */
@Route("incidents/:incidentId([0-9]{1,18})")
@RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF,
        Roles.WARD_STAFF})
class IncidentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final IncidentService service;
    private final Clock clock;
    private long id;
    final Select<StepKind> kind = new Select<>();
    final DatePicker on = new DatePicker();
    final TextArea text = new TextArea();
    final Div stepMessage = new Div();

    IncidentView(IncidentService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassName("incident");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = Long.parseLong(event.getRouteParameters().get("incidentId").orElseThrow());
        try {
            show(service.incident(id));
        } catch (IncidentException missing) {
            throw new NotFoundException();
        }
    }

    private void show(Incident incident) {
        removeAll();
        LocalDate today = JapaneseDates.today(clock);
        var heading = new Div(new H2(getTranslation("incident.number", String.valueOf(incident.id()))),
                IncidentTexts.state(this, incident));
        heading.addClassName("incident-heading");
        add(new RouterLink(getTranslation("incident.back"), IncidentsView.class), heading);
        var facts = new Div();
        facts.addClassName("incident-facts");
        fact(facts, "incident.field.what", incident.whatHappened());
        fact(facts, "incident.field.found-on", JapaneseDates.date(incident.foundOn(), getLocale()));
        fact(facts, "incident.field.whose", incident.whoseData());
        fact(facts, "incident.field.people", String.valueOf(incident.peopleAffected()));
        fact(facts, "incident.field.contained", getTranslation(incident.contained() ? "incident.contained.yes"
                : "incident.contained.no"));
        fact(facts, "incident.field.action", incident.actionTaken().isEmpty() ? "—" : incident.actionTaken());
        fact(facts, "incident.field.wrongful", getTranslation(incident.wrongfulPurpose() ? "incident.contained.yes"
                : "incident.contained.no"));
        fact(facts, "incident.reported-by", getTranslation("incident.by", incident.reporterName(),
                JapaneseDates.dateTime(incident.reportedAt(), getLocale())));
        if (incident.closedAt() != null) {
            fact(facts, "incident.closed-by", getTranslation("incident.by", incident.closedByName(),
                    JapaneseDates.dateTime(incident.closedAt(), getLocale())));
        }
        add(facts, new H2(getTranslation("incident.deadlines")), IncidentTexts.deadlines(this, getLocale(), incident, today));
        var steps = new Div();
        steps.addClassName("incident-steps");
        incident.steps().forEach(step -> steps.add(step(step)));
        if (!incident.steps().isEmpty()) {
            add(new H2(getTranslation("incident.steps")), steps);
        }
        if (!incident.mayRecord().isEmpty()) {
            add(new H2(getTranslation("incident.record")), stepForm(incident, today));
        }
        if (incident.mayClose()) {
            var close = new Button(getTranslation("incident.close"), click -> confirmClose());
            close.addClassName("incident-close");
            add(close);
        }
    }

    private Component step(Incident.Step step) {
        var title = new Span(getTranslation("incident.step-title", getTranslation(step.kind().labelKey()),
                JapaneseDates.date(step.on(), getLocale())));
        title.addClassName("incident-step-title");
        var body = new Paragraph(step.text());
        body.addClassName("incident-step-text");
        var by = new Span(getTranslation("incident.by", step.recordedByName(),
                JapaneseDates.dateTime(step.recordedAt(), getLocale())));
        by.addClassName("incident-step-by");
        var card = new Div(title, body, by);
        card.addClassNames("incident-step", "incident-step-" + step.kind().name().toLowerCase(java.util.Locale.ROOT));
        return card;
    }

    private Component stepForm(Incident incident, LocalDate today) {
        kind.setLabel(getTranslation("incident.step.kind"));
        kind.setItems(incident.mayRecord().stream().sorted().toList());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(incident.mayRecord().stream().sorted().findFirst().orElseThrow());
        on.setLabel(getTranslation("incident.step.date"));
        DateFields.typeable(on, getLocale());
        on.setValue(today);
        on.setMax(today);
        text.setLabel(getTranslation("incident.step.text"));
        text.setMaxLength(IncidentRules.TEXT_MAX);
        text.setWidthFull();
        stepMessage.setVisible(false);
        stepMessage.getElement().setAttribute("role", "alert");
        var submit = new Button(getTranslation("incident.step.submit"), click -> record());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClassName("incident-step-submit");
        var form = new Div(new Div(kind, on), text, stepMessage, submit);
        form.addClassName("incident-step-form");
        return form;
    }

    private void record() {
        if (on.isInvalid()) {
            refuse(List.of("incident.error.date-unreadable"));
            return;
        }
        try {
            show(service.record(id, kind.getValue(), on.getValue(), text.getValue()));
            text.clear();
        } catch (IncidentException refused) {
            refuse(refused.messageKeys());
        }
    }

    private void confirmClose() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("incident.close.title", String.valueOf(id)));
        dialog.add(new Paragraph(getTranslation("incident.close.confirm")));
        var yes = new Button(getTranslation("incident.close"), click -> {
            dialog.close();
            try {
                show(service.close(id));
            } catch (IncidentException refused) {
                refuse(refused.messageKeys());
            }
        });
        yes.addThemeVariants(ButtonVariant.PRIMARY);
        yes.addClassName("incident-close-confirm");
        dialog.getFooter().add(new Button(getTranslation("incident.cancel"), click -> dialog.close()), yes);
        dialog.open();
    }

    private void refuse(List<String> keys) {
        stepMessage.removeAll();
        keys.forEach(key -> stepMessage.add(new Paragraph(getTranslation(key))));
        stepMessage.setClassName("upload-status upload-refusal incident-problems");
        stepMessage.setVisible(true);
    }

    private void fact(Div facts, String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("takeout-label");
        var content = new Span(value == null ? "" : value);
        content.addClassName("takeout-value");
        facts.add(new Div(label, content));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incident.detail-title", String.valueOf(id));
    }
}
