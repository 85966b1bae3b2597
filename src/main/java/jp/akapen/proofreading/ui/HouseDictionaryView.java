package jp.akapen.proofreading.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import jp.akapen.proofreading.Bilingual;
import jp.akapen.proofreading.HouseTerm;
import jp.akapen.proofreading.ProofreadingException;
import jp.akapen.proofreading.ProofreadingService;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;

/**
 * 表記辞書 (issue 16; W2): the house dictionary the proofreading check uses. Everyone on the contractor's side and the
 * ward read it; the contractor manager adds rows, changes them (a shipped row too) and switches them off or on. A row
 * is saved only when its own example shows it working.
 */
@Route("house-dictionary")
@Menu(order = 25, icon = "vaadin:open-book", title = "menu.house-dictionary")
@RolesAllowed({Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF, Roles.WARD_STAFF})
class HouseDictionaryView extends Main implements HasDynamicTitle {

    private final ProofreadingService service;
    private final boolean manager;
    final TextField pattern = field("dictionary.pattern", 200);
    final TextField replacement = field("dictionary.replacement", 200);
    final TextField note = field("dictionary.note", 400);
    final TextField exampleBefore = field("dictionary.example-before", 400);
    final TextField exampleAfter = field("dictionary.example-after", 400);
    final Paragraph problem = new Paragraph();
    final TextField filter = new TextField();
    final Div rows = new Div();
    private final Paragraph editing = new Paragraph();
    private String editingId;

    HouseDictionaryView(ProofreadingService service) {
        this.service = service;
        this.manager = Roles.CONTRACTOR_MANAGER.equals(SignedIn.require().role());
        addClassName("house-dictionary");
        add(new Paragraph(getTranslation(manager ? "dictionary.intro.manager" : "dictionary.intro")));
        if (manager) {
            add(new H2(getTranslation("dictionary.form")), form());
        }
        filter.setLabel(getTranslation("dictionary.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        rows.addClassName("dictionary-rows");
        add(new H2(getTranslation("dictionary.rows")), filter, rows);
        refresh();
    }

    private TextField field(String key, int max) {
        var field = new TextField(getTranslation(key));
        field.setMaxLength(max);
        field.setWidthFull();
        return field;
    }

    private Component form() {
        var form = new FormLayout(pattern, replacement, note, exampleBefore, exampleAfter);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        form.setColspan(note, 2);
        pattern.setHelperText(getTranslation("dictionary.pattern.help"));
        replacement.setHelperText(getTranslation("dictionary.replacement.help"));
        note.setHelperText(getTranslation("dictionary.note.help"));
        problem.addClassName("form-problem");
        problem.setId("dictionary-problem");
        problem.setVisible(false);
        editing.addClassName("dictionary-editing");
        editing.setVisible(false);
        var save = new Button(getTranslation("dictionary.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-term");
        var fresh = new Button(getTranslation("dictionary.new"), click -> edit(null));
        fresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var buttons = new Div(save, fresh);
        buttons.addClassName("form-buttons");
        var box = new Div(editing, form, problem, buttons);
        box.addClassName("dictionary-form");
        return box;
    }

    private void save() {
        try {
            var saved = service.saveHouseTerm(new HouseTerm.Form(editingId, pattern.getValue(), replacement.getValue(),
                    note.getValue(), exampleBefore.getValue(), exampleAfter.getValue()));
            Notification.show(getTranslation("dictionary.saved", saved.ruleId()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            edit(null);
            refresh();
        } catch (ProofreadingException refused) {
            problem.setText(getTranslation(refused.messageKey()));
            problem.setVisible(true);
        }
    }

    private void edit(HouseTerm term) {
        editingId = term == null ? null : term.ruleId();
        pattern.setValue(term == null ? "" : term.pattern());
        replacement.setValue(term == null ? "" : term.replacement());
        note.setValue(term == null ? "" : term.note());
        exampleBefore.setValue(term == null ? "" : term.exampleBefore());
        exampleAfter.setValue(term == null ? "" : term.exampleAfter());
        editing.setText(term == null ? "" : getTranslation("dictionary.editing", term.ruleId()));
        editing.setVisible(term != null);
        problem.setVisible(false);
        if (term != null) {
            pattern.focus();
        }
    }

    private void refresh() {
        rows.removeAll();
        String wanted = filter.getValue() == null ? "" : filter.getValue().strip().toLowerCase(Locale.ROOT);
        List<HouseTerm> terms = service.houseTerms().stream().filter(t -> wanted.isEmpty()
                || (t.ruleId() + "\t" + t.pattern() + "\t" + t.replacement() + "\t" + t.note()).toLowerCase(Locale.ROOT)
                        .contains(wanted)).toList();
        if (terms.isEmpty()) {
            rows.add(new Paragraph(getTranslation("dictionary.nothing")));
        }
        terms.forEach(t -> rows.add(row(t)));
    }

    private Div row(HouseTerm term) {
        var card = new Div();
        card.addClassName("dictionary-row");
        card.setId("term-" + term.ruleId().replace('.', '-'));
        if (term.withdrawn()) {
            card.addClassName("withdrawn");
        }
        var head = new Div(japanese(term.pattern(), "change-del"), japanese(term.replacement(), "change-ins"));
        head.addClassName("suggestion-head");
        var id = new Span(term.ruleId() + " · " + getTranslation("dictionary.origin." + term.origin().name())
                + (term.withdrawn() ? " · " + getTranslation("dictionary.withdrawn") : ""));
        id.addClassName("suggestion-category");
        var why = new Paragraph(Bilingual.in(getLocale(), term.note()));
        why.addClassName("suggestion-why");
        var example = new Paragraph(japanese(term.exampleBefore(), "example-before"), new Span(" → "),
                japanese(term.exampleAfter(), "example-after"));
        example.addClassName("dictionary-example");
        card.add(head, id, why, example);
        if (manager) {
            var change = new Button(getTranslation("dictionary.edit"), click -> {
                edit(term);
                pattern.getElement().callJsFunction("scrollIntoView");
            });
            change.addThemeVariants(ButtonVariant.LUMO_SMALL);
            var onOff = new Button(getTranslation(term.withdrawn() ? "dictionary.restore" : "dictionary.withdraw"), click -> {
                try {
                    service.withdrawHouseTerm(term.ruleId(), !term.withdrawn());
                    refresh();
                } catch (ProofreadingException refused) {
                    Notification.show(getTranslation(refused.messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
            onOff.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            var actions = new Div(change, onOff);
            actions.addClassName("change-actions");
            card.add(actions);
        }
        return card;
    }

    /** Dictionary words are Japanese in either language of the page, and marked so for screen readers. */
    private static Span japanese(String text, String className) {
        var span = new Span(text);
        span.addClassName(className);
        span.getElement().setAttribute("lang", "ja");
        return span;
    }

    /** A note is Japanese, then English after " / ". */
    @Override
    public String getPageTitle() {
        return getTranslation("dictionary.title");
    }
}
