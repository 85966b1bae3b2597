package jp.akapen.privacy.oversight.inspection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import jp.akapen.privacy.oversight.inspection.AuditRecord;
import jp.akapen.privacy.oversight.inspection.Checklist;
import jp.akapen.privacy.oversight.inspection.InspectionException;
import jp.akapen.privacy.oversight.inspection.InspectionService;
import jp.akapen.privacy.oversight.inspection.ItemResult;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.People;
import jp.akapen.shared.Roles;
import jp.akapen.shared.ui.DateFields;

/**
 * One fiscal year's audit: the chain verification kept with it (and a button to run it again), the checklist with
 * links to each item's evidence in the portal and a result and note per item, and the findings with their corrective
 * actions, owners, due dates and states.
 */
@Route("oversight/audits/:auditId([0-9]{1,18})")
@RolesAllowed({Roles.WARD_STAFF, Roles.CONTRACTOR_MANAGER})
class InspectionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final InspectionService service;
    final Div message = new Div();
    private long id;
    private String title = "";

    InspectionView(InspectionService service) {
        this.service = service;
        addClassName("oversight-audit");
        message.setVisible(false);
        message.getElement().setAttribute("role", "alert");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = Long.parseLong(event.getRouteParameters().get("auditId").orElseThrow());
        show(() -> service.audit(id));
    }

    private void show(Supplier<AuditRecord> step) {
        AuditRecord a;
        try {
            a = step.get();
        } catch (InspectionException refused) {
            AuditTexts.refuse(message, refused);
            if (getComponentCount() == 0) {
                add(message);
            }
            return;
        }
        removeAll();
        message.setVisible(false);
        title = getTranslation("oversight.audit.of-year", JapaneseDates.fiscalYear(a.fiscalYear(), getLocale()));
        var back = new Anchor("oversight/audits", getTranslation("menu.oversight-audits"));
        back.addClassName("back-link");
        add(back, new H2(title), message);
        add(new Paragraph(getTranslation("oversight.by", a.startedBy(), JapaneseDates.dateTime(a.startedAt(),
                getLocale()))));
        if (a.finished()) {
            add(new Paragraph(getTranslation("oversight.audit.finished-by", a.finishedBy(),
                    JapaneseDates.dateTime(a.finishedAt(), getLocale()))));
        }
        add(chain(a), checklist(a), findings(a));
        if (a.actions().contains(AuditRecord.Action.FINISH)) {
            var finish = new Button(getTranslation("oversight.audit.finish"), click -> show(() -> service.finish(id)));
            finish.addClassName("oversight-audit-finish");
            add(new Div(finish));
        }
    }

    private Component chain(AuditRecord a) {
        var box = new Div();
        box.addClassName("oversight-audit-chain");
        String text = a.chainCheckedAt() == null ? getTranslation("oversight.audit.chain.never")
                : getTranslation(Boolean.TRUE.equals(a.chainIntact()) ? "oversight.audit.chain.intact"
                        : "oversight.audit.chain.broken", JapaneseDates.dateTime(a.chainCheckedAt(), getLocale()),
                        String.valueOf(a.chainEntries()));
        var status = new Span(text);
        status.addClassName("oversight-audit-chain-status");
        box.add(new H3(getTranslation("oversight.audit.chain.title")), status);
        if (a.actions().contains(AuditRecord.Action.CHECK_CHAIN)) {
            var check = new Button(getTranslation("oversight.audit.chain.check"), click -> show(() -> service.checkChain(id)));
            check.addClassName("oversight-audit-chain-check");
            box.add(check);
        }
        return box;
    }

    private Component checklist(AuditRecord a) {
        var box = new Div(new H3(getTranslation("oversight.audit.checklist")));
        box.addClassName("oversight-checklist");
        Checklist.Kind kind = null;
        for (Checklist.Item item : service.checklist().items()) {
            if (item.kind() != kind) {
                kind = item.kind();
                var heading = new Paragraph(getTranslation(kind.labelKey()));
                heading.addClassName("oversight-checklist-kind");
                box.add(heading);
            }
            box.add(item(a, item));
        }
        return box;
    }

    private Component item(AuditRecord a, Checklist.Item item) {
        var row = new Div();
        row.addClassName("oversight-item");
        row.setId("oversight-item-" + item.code());
        var text = new Span(item.code() + "　" + item.text(getLocale()));
        text.addClassName("oversight-item-text");
        var evidence = new Div();
        evidence.addClassName("oversight-evidence-list");
        if (item.evidence().isEmpty()) {
            evidence.add(new Span(getTranslation("oversight.audit.on-site")));
        }
        item.evidence().forEach(route -> {
            var link = new Anchor(route, getTranslation(AuditTexts.evidenceKey(route)));
            link.addClassName("oversight-evidence");
            link.getElement().setAttribute("data-route", route);
            evidence.add(link);
        });
        row.add(text, evidence);
        var recorded = a.results().get(item.code());
        if (a.actions().contains(AuditRecord.Action.RECORD)) {
            var result = new RadioButtonGroup<ItemResult>();
            result.setItems(ItemResult.values());
            result.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
            var note = new TextField();
            note.setPlaceholder(getTranslation("oversight.audit.note"));
            note.setAriaLabel(getTranslation("oversight.audit.note"));
            note.addClassName("oversight-item-note");
            note.setMaxLength(1000);
            if (recorded != null) {
                result.setValue(recorded.result());
                note.setValue(recorded.note() == null ? "" : recorded.note());
            }
            var save = new Button(getTranslation("oversight.audit.save"),
                    click -> show(() -> service.record(id, item.code(), result.getValue(), note.getValue())));
            save.addClassName("oversight-item-save");
            var controls = new Div(result, note, save);
            controls.addClassName("oversight-item-controls");
            row.add(controls);
        } else if (recorded != null) {
            row.add(new Span(getTranslation(recorded.result().labelKey())
                    + (recorded.note() == null ? "" : "　" + recorded.note())));
        }
        return row;
    }

    private Component findings(AuditRecord a) {
        var box = new Div(new H3(getTranslation("oversight.audit.findings")));
        box.addClassName("oversight-findings");
        if (a.findings().isEmpty()) {
            box.add(new Paragraph(getTranslation("oversight.audit.findings.none")));
        }
        a.findings().forEach(f -> box.add(finding(f)));
        if (a.actions().contains(AuditRecord.Action.ADD_FINDING)) {
            box.add(findingForm());
        }
        return box;
    }

    private Component finding(AuditRecord.Finding f) {
        var card = new Div();
        card.addClassName("oversight-finding");
        var state = new Span(getTranslation(f.state().labelKey()));
        state.addClassNames("status-badge", "oversight-finding-state");
        card.add(new Div(new Span(getTranslation("oversight.audit.finding.number", String.valueOf(f.id()),
                f.itemCode() == null ? "—" : f.itemCode())), state));
        if (f.overdue()) {
            var overdue = new Span(getTranslation("oversight.audit.finding.overdue"));
            overdue.addClassNames("status-badge", "oversight-overdue");
            card.add(overdue);
        }
        card.add(new Paragraph(getTranslation("oversight.audit.finding.text", f.finding())),
                new Paragraph(getTranslation("oversight.audit.finding.action-text", f.action())),
                new Paragraph(getTranslation("oversight.audit.finding.owner-due", f.owner(),
                        JapaneseDates.date(f.dueOn(), getLocale()))));
        if (f.doneAt() != null) {
            card.add(new Paragraph(getTranslation("oversight.audit.finding.done-text", f.doneBy(),
                    JapaneseDates.dateTime(f.doneAt(), getLocale()), f.doneNote())));
        }
        if (f.closedAt() != null) {
            card.add(new Paragraph(getTranslation("oversight.audit.finding.closed-text", f.closedBy(),
                    JapaneseDates.dateTime(f.closedAt(), getLocale()))));
        }
        if (f.actions().contains(AuditRecord.FindingAction.REPORT_DONE)) {
            var note = new TextArea(getTranslation("oversight.audit.finding.done-note"));
            note.setMaxLength(1000);
            var done = new Button(getTranslation("oversight.audit.finding.report-done"),
                    click -> show(() -> service.reportDone(f.id(), note.getValue())));
            done.addClassName("oversight-finding-done");
            card.add(new Div(note, done));
        }
        if (f.actions().contains(AuditRecord.FindingAction.CLOSE)) {
            var close = new Button(getTranslation("oversight.audit.finding.close"), click -> show(() -> service.close(f.id())));
            close.addClassName("oversight-finding-close");
            card.add(new Div(close));
        }
        return card;
    }

    private Component findingForm() {
        var item = new ComboBox<Checklist.Item>(getTranslation("oversight.audit.finding.item"));
        item.setItems(service.checklist().items());
        item.setItemLabelGenerator(Checklist.Item::code);
        var finding = new TextArea(getTranslation("oversight.audit.finding.finding"));
        finding.setMaxLength(1000);
        var action = new TextArea(getTranslation("oversight.audit.finding.action"));
        action.setMaxLength(1000);
        var owner = new ComboBox<People.Person>(getTranslation("oversight.audit.finding.owner"));
        owner.setItems(service.owners());
        owner.setItemLabelGenerator(People.Person::displayName);
        var due = new DatePicker(getTranslation("oversight.audit.finding.due"));
        DateFields.typeable(due, getLocale());
        var add = new Button(getTranslation("oversight.audit.finding.add"), click -> show(() -> service.addFinding(id,
                item.getValue() == null ? null : item.getValue().code(), finding.getValue(), action.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(), due.getValue())));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClassName("oversight-finding-add");
        var form = new Div(new H3(getTranslation("oversight.audit.finding.new")), item, finding, action, owner, due, add);
        form.addClassName("oversight-finding-form");
        return form;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
