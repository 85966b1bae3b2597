package jp.akapen.privacy.takeout.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import jp.akapen.privacy.takeout.TakeOutDraft;
import jp.akapen.privacy.takeout.TakeOutException;
import jp.akapen.privacy.takeout.TakeOutExport;
import jp.akapen.privacy.takeout.TakeOutRequest;
import jp.akapen.privacy.takeout.TakeOutService;
import jp.akapen.privacy.vault.CohortExport.KnownCohort;
import jp.akapen.privacy.vault.PersonalData;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.ui.DateFields;

/**
 * 個人情報の持出し (seed P5, P8, P10; issue 14 item 7): a designated handler asks to take residents' data out, ward
 * staff approve or refuse with a reason, the requester exports once (the zip's password shown once, here only) and
 * reports its return or destruction. Overdue exports are marked for everyone who sees them.
 */
@Route("takeout")
@Menu(order = 74, icon = "vaadin:suitcase", title = "menu.takeout")
@RolesAllowed({Roles.WARD_STAFF, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER})
class TakeOutView extends Main implements HasDynamicTitle {

    private final TakeOutService service;
    private final Clock clock;
    final Div list = new Div();
    final Div formMessage = new Div();
    final Select<KnownCohort> cohort = new Select<>();
    final CheckboxGroup<PersonalData.Field> fields = new CheckboxGroup<>();
    final TextArea purpose = new TextArea();
    final TextField destination = new TextField();
    final TextField carrier = new TextField();
    final DatePicker returnDue = new DatePicker();

    TakeOutView(TakeOutService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassName("takeout");
        boolean ward = SignedIn.user().map(u -> Roles.WARD_STAFF.equals(u.role())).orElse(false);
        add(new Paragraph(getTranslation(ward ? "takeout.intro.ward" : "takeout.intro.contractor")));
        if (service.mayRequest()) {
            add(new H2(getTranslation("takeout.new")), form());
        } else if (!ward) {
            var note = new Paragraph(getTranslation("takeout.not-designated"));
            note.addClassName("takeout-note");
            add(note);
        }
        list.addClassName("takeout-list");
        add(new H2(getTranslation("takeout.requests")), list);
        refresh();
    }

    private Component form() {
        cohort.setLabel(getTranslation("takeout.field.cohort"));
        cohort.setItems(service.cohorts());
        cohort.setItemLabelGenerator(c -> getTranslation("takeout.cohort-label", JapaneseDates.fiscalYear(c.fiscalYear(),
                getLocale()), String.valueOf(c.residents())));
        fields.setLabel(getTranslation("takeout.field.fields"));
        fields.setItems(PersonalData.FIELDS);
        fields.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        purpose.setLabel(getTranslation("takeout.field.purpose"));
        purpose.setMaxLength(500);
        destination.setLabel(getTranslation("takeout.field.destination"));
        destination.setMaxLength(300);
        carrier.setLabel(getTranslation("takeout.field.carrier"));
        carrier.setMaxLength(100);
        returnDue.setLabel(getTranslation("takeout.field.return-due"));
        DateFields.typeable(returnDue, getLocale());
        returnDue.setMin(JapaneseDates.today(clock).plusDays(1));
        var layout = new FormLayout(cohort, returnDue, fields, purpose, destination, carrier);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        layout.setColspan(fields, 2);
        layout.setColspan(purpose, 2);
        formMessage.setVisible(false);
        formMessage.getElement().setAttribute("role", "alert");
        var submit = new Button(getTranslation("takeout.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClassName("takeout-submit");
        var form = new Div(layout, formMessage, submit);
        form.addClassName("takeout-form");
        return form;
    }

    private void submit() {
        var draft = new TakeOutDraft(cohort.getValue() == null ? null : cohort.getValue().id(), fields.getValue(),
                purpose.getValue(), destination.getValue(), carrier.getValue(), returnDue.getValue());
        try {
            var created = service.request(draft);
            formMessage.setVisible(false);
            fields.clear();
            purpose.clear();
            destination.clear();
            carrier.clear();
            returnDue.clear();
            Notification.show(getTranslation("takeout.requested", created.number()))
                    .addThemeVariants(NotificationVariant.SUCCESS);
            refresh();
        } catch (TakeOutException refused) {
            refuse(formMessage, refused);
        }
    }

    private void refresh() {
        list.removeAll();
        List<TakeOutRequest> requests = service.requests();
        if (requests.isEmpty()) {
            list.add(new Paragraph(getTranslation("takeout.none")));
        }
        requests.forEach(request -> list.add(card(request)));
    }

    private Component card(TakeOutRequest r) {
        var card = new Div();
        card.addClassNames("takeout-card", "takeout-" + r.state().name().toLowerCase(Locale.ROOT));
        var state = new Span(getTranslation(r.state().labelKey()));
        state.addClassNames("status-badge", "takeout-state");
        var title = new H3(getTranslation("takeout.number", r.number()));
        var heading = new Div(title, state);
        if (r.overdue()) {
            var overdue = new Span(getTranslation("takeout.overdue"));
            overdue.addClassNames("status-badge", "takeout-overdue");
            heading.add(overdue);
        }
        heading.addClassName("takeout-heading");
        card.add(heading);
        var facts = new Div();
        facts.addClassName("takeout-facts");
        fact(facts, "takeout.field.cohort", r.fiscalYear() == 0 ? "—" : JapaneseDates.fiscalYear(r.fiscalYear(), getLocale()));
        fact(facts, "takeout.field.fields", String.join(getTranslation("takeout.list-separator"),
                r.fields().stream().map(f -> getTranslation(f.labelKey())).toList()));
        fact(facts, "takeout.field.purpose", r.purpose());
        fact(facts, "takeout.field.destination", r.destination());
        fact(facts, "takeout.field.carrier", r.carrier());
        fact(facts, "takeout.field.return-due", JapaneseDates.date(r.returnDue(), getLocale()));
        fact(facts, "takeout.requested-by", by(r.requester(), r.requestedAt()));
        if (r.decidedBy() != null) {
            fact(facts, "takeout.decided-by", by(r.decidedBy(), r.decidedAt())
                    + (r.decisionReason() == null ? "" : getTranslation("takeout.because", r.decisionReason())));
        }
        if (r.exportedAt() != null) {
            fact(facts, "takeout.exported", getTranslation("takeout.exported-value", when(r.exportedAt()),
                    String.valueOf(r.exportedPeople()), r.exportSha256()));
        }
        if (r.closedBy() != null) {
            fact(facts, "takeout.closed", by(r.closedBy(), r.closedAt())
                    + getTranslation("takeout.because", r.closedNote()));
        }
        card.add(facts);
        var actions = new Div();
        actions.addClassName("takeout-actions");
        if (r.actions().contains(TakeOutRequest.Action.APPROVE)) {
            actions.add(button("takeout.approve", ButtonVariant.PRIMARY, () -> decide(r, true)));
        }
        if (r.actions().contains(TakeOutRequest.Action.REFUSE)) {
            actions.add(button("takeout.refuse", ButtonVariant.ERROR, () -> decide(r, false)));
        }
        if (r.actions().contains(TakeOutRequest.Action.EXPORT)) {
            actions.add(button("takeout.export", ButtonVariant.PRIMARY, () -> confirmExport(r)));
        }
        if (r.actions().contains(TakeOutRequest.Action.REPORT_CLOSED)) {
            actions.add(button("takeout.report", ButtonVariant.PRIMARY, () -> report(r)));
        }
        if (actions.getComponentCount() > 0) {
            card.add(actions);
        }
        return card;
    }

    private void fact(Div facts, String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("takeout-label");
        var text = new Span(value == null ? "" : value);
        text.addClassName("takeout-value");
        facts.add(new Div(label, text));
    }

    private Button button(String key, ButtonVariant variant, Runnable action) {
        var button = new Button(getTranslation(key), click -> action.run());
        button.addThemeVariants(variant);
        button.addClassName(key.replace('.', '-'));
        return button;
    }

    private void decide(TakeOutRequest r, boolean approve) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(approve ? "takeout.approve.title" : "takeout.refuse.title", r.number()));
        var reason = new TextArea(getTranslation(approve ? "takeout.approve.reason" : "takeout.refuse.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        var message = new Div();
        message.setVisible(false);
        message.getElement().setAttribute("role", "alert");
        dialog.add(reason, message);
        var confirm = new Button(getTranslation(approve ? "takeout.approve" : "takeout.refuse"), click -> {
            try {
                if (approve) {
                    service.approve(r.id(), reason.getValue());
                } else {
                    service.refuse(r.id(), reason.getValue());
                }
                dialog.close();
                refresh();
            } catch (TakeOutException refused) {
                refuse(message, refused);
            }
        });
        confirm.addThemeVariants(approve ? ButtonVariant.PRIMARY : ButtonVariant.ERROR);
        confirm.addClassName("takeout-confirm");
        dialog.getFooter().add(new Button(getTranslation("takeout.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void confirmExport(TakeOutRequest r) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("takeout.export.title", r.number()));
        dialog.add(new Paragraph(getTranslation("takeout.export.confirm")));
        var message = new Div();
        message.setVisible(false);
        message.getElement().setAttribute("role", "alert");
        dialog.add(message);
        var confirm = new Button(getTranslation("takeout.export"), click -> {
            try {
                TakeOutExport export = service.export(r.id());
                dialog.close();
                showOnce(export);
                refresh();
            } catch (TakeOutException refused) {
                refuse(message, refused);
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClassName("takeout-confirm");
        dialog.getFooter().add(new Button(getTranslation("takeout.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    /** The password and the file, in this dialog only: closing it forgets both. */
    private void showOnce(TakeOutExport export) {
        var dialog = new Dialog();
        dialog.addClassName("takeout-password-dialog");
        dialog.setCloseOnOutsideClick(false);
        dialog.setHeaderTitle(getTranslation("takeout.password.title"));
        var password = new Span(export.password());
        password.addClassName("takeout-password");
        var warning = new Paragraph(getTranslation("takeout.password.once"));
        warning.addClassName("takeout-password-warning");
        byte[][] held = {export.zip()};
        var download = new Anchor(DownloadHandler.fromInputStream(event -> held[0] == null
                ? DownloadResponse.error(410)
                : new DownloadResponse(new ByteArrayInputStream(held[0]), export.fileName(), "application/zip",
                        held[0].length)), getTranslation("takeout.download", export.fileName()));
        download.addClassName("takeout-download");
        dialog.add(warning, password, new Paragraph(getTranslation("takeout.password.people",
                String.valueOf(export.people()), export.sha256())), download);
        var close = new Button(getTranslation("takeout.password.close"), click -> {
            held[0] = null;
            dialog.close();
        });
        close.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void report(TakeOutRequest r) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("takeout.report.title", r.number()));
        var how = new RadioButtonGroup<Boolean>(getTranslation("takeout.report.how"));
        how.setItems(false, true);
        how.setItemLabelGenerator(destroyed -> getTranslation(destroyed ? "takeout.report.destroyed"
                : "takeout.report.returned"));
        how.setValue(false);
        var note = new TextArea(getTranslation("takeout.report.note"));
        note.setMaxLength(500);
        note.setWidthFull();
        var message = new Div();
        message.setVisible(false);
        message.getElement().setAttribute("role", "alert");
        dialog.add(how, note, message);
        var confirm = new Button(getTranslation("takeout.report"), click -> {
            try {
                service.reportClosed(r.id(), how.getValue(), note.getValue());
                dialog.close();
                refresh();
            } catch (TakeOutException refused) {
                refuse(message, refused);
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClassName("takeout-confirm");
        dialog.getFooter().add(new Button(getTranslation("takeout.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void refuse(Div message, TakeOutException refused) {
        message.removeAll();
        refused.messageKeys().forEach(key -> message.add(new Div(new Span(getTranslation(key)))));
        message.setClassName("upload-status upload-refusal takeout-refusal");
        message.setVisible(true);
    }

    private String by(TakeOutRequest.Person person, Instant at) {
        return getTranslation("takeout.by", person == null ? "—" : person.name(), when(at));
    }

    private String when(Instant at) {
        return at == null ? "" : JapaneseDates.dateTime(at, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("takeout.title");
    }
}
